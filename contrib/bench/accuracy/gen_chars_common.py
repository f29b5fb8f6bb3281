"""gen_chars_common.py: the identifier value drawers of gen_chars52.py and gen_chars53.py (cards,
IBANs, US SSNs, phones, IP addresses), each value as the groups a shape then joins. Every drawer
takes the generator's own random.Random first, so each corpus regenerates byte-identical."""

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIGITS = "0123456789"


def luhn_complete(R, prefix, length):
    d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    t = 0
    for i, n in enumerate(reversed(d)):
        n = n * 2 if i % 2 == 0 else n
        t += n - 9 if n > 9 else n
    return "".join(map(str, d)) + str((10 - t % 10) % 10)


def card_groups(R, prefixes):
    pre = R.choice(prefixes)
    d = luhn_complete(R, pre, 16)
    return [d[0:4], d[4:8], d[8:12], d[12:16]]


def iban_groups(R, spec):
    """spec: country -> BBAN length; NL's BBAN opens with four letters, IT's with one."""
    cc = R.choice(list(spec))
    n = spec[cc]
    if cc == "NL":
        bban = "".join(R.choice(LETTERS) for _ in range(4)) + "".join(
            R.choice(DIGITS) for _ in range(10))
    elif cc == "IT":
        bban = R.choice(LETTERS) + "".join(R.choice(DIGITS) for _ in range(n - 1))
    else:
        bban = "".join(R.choice(DIGITS) for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    s = cc + "%02d" % ck + bban
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def ssn_groups(R):
    a = R.choice([x for x in range(1, 899) if x != 666])
    return ["%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)]


def phone_groups(R, nl=False):
    """German, French, US and UK mobiles; with nl, Dutch ones too."""
    k = R.randint(0, 4 if nl else 3)
    if k == 0:
        return ["+49", "1%02d" % R.randint(50, 79), "%07d" % R.randint(1000000, 9999999)]
    if k == 1:
        return ["+33", str(R.randint(6, 7)), "%02d" % R.randint(10, 99), "%02d" % R.randint(10, 99),
                "%02d" % R.randint(10, 99), "%02d" % R.randint(10, 99)]
    if k == 2:
        return ["+1", "%03d" % R.randint(201, 989), "%03d" % R.randint(200, 999),
                "%04d" % R.randint(0, 9999)]
    if nl and k == 3:
        return ["+31", "6", "%04d" % R.randint(1000, 9999), "%04d" % R.randint(1000, 9999)]
    return ["+44", "7%03d" % R.randint(100, 999), "%06d" % R.randint(100000, 999999)]


def ipv4_groups(R, firsts):
    first = R.choice(firsts)
    return [str(first), str(R.randint(0, 255)), str(R.randint(0, 255)), str(R.randint(1, 254))]


def ipv6_groups(R):
    return ["2a0%d" % R.randint(1, 9), "%x" % R.randint(0x1000, 0xffff)] + [
        "%x" % R.randint(0, 0xffff) for _ in range(6)]
