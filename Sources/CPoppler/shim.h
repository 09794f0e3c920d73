// poppler-glib (PDF text, page images) and cairo (rendering pages to find ruling lines), for GXReport's PDFReader.
#ifndef GXSITE_CPOPPLER_SHIM_H
#define GXSITE_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>

// GError's domain is a macro-built quark Swift cannot call; this says whether an open failed for want of a password.
static inline int gx_poppler_error_is_encrypted(const GError *error) {
    return error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}

// Whether the document's permissions allow copying its text.
static inline int gx_poppler_may_copy(PopplerDocument *document) {
    return (poppler_document_get_permissions(document) & POPPLER_PERMISSIONS_OK_TO_COPY) != 0;
}
#endif
