#ifndef SOHOA_CTESSERACT_SHIM_H
#define SOHOA_CTESSERACT_SHIM_H
/* Leptonica first, so that this module and CLeptonica see one `Pix` type. */
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
#endif
