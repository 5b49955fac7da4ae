#ifndef TEND_CSQLITEOPTIONS_SHIM_H
#define TEND_CSQLITEOPTIONS_SHIM_H
#include <sqlite3.h>

// sqlite3_config takes a variable list of arguments, which Swift cannot call: one function
// for the one setting tend makes.

/// Stops SQLite from keeping statistics of its memory (SQLITE_CONFIG_MEMSTATUS), which takes a
/// lock around every allocation. Works only before SQLite's first connection; returns
/// SQLITE_OK, or SQLITE_MISUSE when it came too late (and then changes nothing).
static inline int tend_sqlite3_skip_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
#endif
