/* zbar's build settings for the scanner module (what zbar's configure would write into config.h): the QR
   decoder alone, no statistics, no threads (one decode at a time in the page). */
#define ENABLE_QRCODE 1
#define NO_STATS 1
#define HAVE_ERRNO_H 1
#define HAVE_INTTYPES_H 1
#define HAVE_SYS_TIME_H 1
#define HAVE_UNISTD_H 1
#define ZBAR_VERSION_MAJOR 0
#define ZBAR_VERSION_MINOR 23
#define ZBAR_VERSION_PATCH 92
