#ifndef SOHOA_CLEPTONICA_SHIM_H
#define SOHOA_CLEPTONICA_SHIM_H
#include <leptonica/allheaders.h>
#endif
