#ifndef CIVICLINK_CLIBPQ_SHIM_H
#define CIVICLINK_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
