#ifndef TEND_CPCRE2_SHIM_H
#define TEND_CPCRE2_SHIM_H
// tend matches UTF-8 text: the 8-bit code unit library (libpcre2-8).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
