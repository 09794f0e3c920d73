#ifndef GXSITE_CCMARKGFM_SHIM_H
#define GXSITE_CCMARKGFM_SHIM_H

// The core extensions header is separate from cmark-gfm.h, and the table
// extension (plus the registration call) lives only there.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#endif
