/* hush_testlib: every module in one shared library for the unit tests (tests/CMakeLists.txt).
 * The modules come in whole from their static archives; this file only gives the library a
 * source of its own, which CMake needs for a target. */
int hush_testlib_marker;
