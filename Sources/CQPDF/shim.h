#ifndef SOHOA_CQPDF_SHIM_H
#define SOHOA_CQPDF_SHIM_H
#include <qpdf/qpdf-c.h>
#endif
