/* CRC-32 (IEEE 802.3, reflected, as in zlib) of a byte buffer, one bit at a time.  tags: bit-tricks, loops */
#include <stddef.h>
#include <stdint.h>

uint32_t crc32_bitwise(const uint8_t *data, size_t n) {
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        crc ^= data[i];
        for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}
