#ifndef TEND_CCMARK_SHIM_H
#define TEND_CCMARK_SHIM_H
#include <cmark.h>
#endif
