#ifndef SOHOA_CTIFF_SHIM_H
#define SOHOA_CTIFF_SHIM_H
#include <tiffio.h>

/* TIFFGetField is variadic: each tag sohoa reads gets a typed wrapper. Returns 1 when the tag is present. */
static inline int CTIFF_getUInt32(TIFF *tif, uint32_t tag, uint32_t *value) { return TIFFGetField(tif, tag, value); }
static inline int CTIFF_getUInt16(TIFF *tif, uint32_t tag, uint16_t *value) { return TIFFGetField(tif, tag, value); }
static inline int CTIFF_getFloat(TIFF *tif, uint32_t tag, float *value) { return TIFFGetField(tif, tag, value); }
static inline int CTIFF_getUInt16Defaulted(TIFF *tif, uint32_t tag, uint16_t *value) { return TIFFGetFieldDefaulted(tif, tag, value); }

#endif
