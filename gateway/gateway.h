/* gateway: placeholder */
