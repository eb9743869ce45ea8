/* 64-bit FNV-1a hash of a byte buffer.  tags: hashing, bit-tricks */
#include <stddef.h>
#include <stdint.h>

uint64_t fnv1a(const unsigned char *data, size_t n) {
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < n; i++) {
        h ^= data[i];
        h *= 0x100000001b3u;
    }
    return h;
}
