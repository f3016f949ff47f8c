package org.roundtable.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which internet addresses a page may be fetched from: public unicast ones only. Everything a server inside the
 * school's network (or the cloud it runs in) could answer on is refused: loopback, private ranges, link-local
 * (the cloud metadata address 169.254.169.254), carrier-grade NAT, multicast, reserved and documentation ranges,
 * and IPv6 forms that carry one of those IPv4 addresses inside (mapped, compatible, NAT64, 6to4).
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(b);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0 // "this network"
                || a0 == 10 || a0 == 127 // private, loopback
                || (a0 == 100 && (a1 & 0xc0) == 64) // carrier-grade NAT 100.64/10
                || (a0 == 169 && a1 == 254) // link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xf0) == 16) // private 172.16/12
                || (a0 == 192 && a1 == 168) // private
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // protocol assignments, documentation
                || (a0 == 198 && (a1 & 0xfe) == 18) // benchmarking 198.18/15
                || (a0 == 198 && a1 == 51 && a2 == 100) || (a0 == 203 && a1 == 0 && a2 == 113) // documentation
                || a0 >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc // unique local fc00::/7
                || first == 0xff // multicast
                || (first == 0xfe && (b[1] & 0xc0) == 0x80) // link-local fe80::/10
                || (first == 0xfe && (b[1] & 0xc0) == 0xc0)) { // old site-local fec0::/10
            return false;
        }
        if (isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isPublicIpv4(slice(b, 12)); // IPv4-mapped ::ffff:a.b.c.d
        }
        if (isZero(b, 0, 12)) {
            return false; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublicIpv4(slice(b, 12)); // NAT64 64:ff9b::/96
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return isPublicIpv4(slice(b, 2)); // 6to4 2002::/16
        }
        if (b[0] == 0x20 && b[1] == 0x01 && ((b[2] == 0x00 && b[3] == 0x00) // Teredo 2001::/32 hides its target
                || (b[2] == 0x0d && (b[3] & 0xff) == 0xb8))) { // documentation 2001:db8::/32
            return false;
        }
        return true;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] { b[from], b[from + 1], b[from + 2], b[from + 3] };
    }

}
