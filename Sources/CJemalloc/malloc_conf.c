// jemalloc reads its options from this symbol before the first allocation (MALLOC_CONF in the environment still
// applies on top).
//
// Transparent huge pages for jemalloc's memory: a rebuild after an edit touches a great deal of fresh memory, and
// faulting it in through 2 MB pages takes far fewer faults than through 4 KB ones, for a little more peak memory.
const char *malloc_conf = "thp:always,metadata_thp:always";
