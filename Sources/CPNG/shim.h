#ifndef SOHOA_CPNG_SHIM_H
#define SOHOA_CPNG_SHIM_H
#include <png.h>

/* libpng's simplified API (no setjmp); its function-like macros wrapped for Swift. */
static inline png_uint_32 CPNG_imageVersion(void) { return PNG_IMAGE_VERSION; }
static inline int CPNG_imageFailed(png_imagep image) { return PNG_IMAGE_FAILED(*image); }
static inline int CPNG_formatHasColor(png_uint_32 format) { return (format & PNG_FORMAT_FLAG_COLOR) != 0; }
static inline int CPNG_formatHasAlpha(png_uint_32 format) { return (format & PNG_FORMAT_FLAG_ALPHA) != 0; }
static inline int CPNG_formatHasColormap(png_uint_32 format) { return (format & PNG_FORMAT_FLAG_COLORMAP) != 0; }
static inline int CPNG_formatIsLinear(png_uint_32 format) { return (format & PNG_FORMAT_FLAG_LINEAR) != 0; }

static inline size_t CPNG_imageSize(png_imagep image) { return PNG_IMAGE_SIZE(*image); }

#endif
