// Linking this target is all gxsite asks of jemalloc: its malloc and free then serve the whole process (the Swift
// runtime and Foundation included). Nothing is declared here, so no name clashes with the C library's.
