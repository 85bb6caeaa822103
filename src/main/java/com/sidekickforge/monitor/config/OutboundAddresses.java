package com.sidekickforge.monitor.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where Forge Monitor may send a webhook: not to a loopback, link-local (169.254.x.x, the cloud metadata service),
 * private or unspecified address unless the endpoint says {@code allow-private: true}, and never with credentials
 * in the URL (they would be logged and shown; the signature's secret is the endpoint's credential). Checked when
 * the file is read (literal addresses, {@code localhost}) and again before each call, on the addresses the host
 * name resolves to then (a name may point anywhere).
 */
public final class OutboundAddresses {

	private OutboundAddresses() {
	}

	/** Why a configured URL may not be called, or null when it may (names are checked again when called). */
	public static String problem(URI url, boolean allowPrivate) {
		if (url.getRawUserInfo() != null) {
			return "credentials in the URL (user:password@) are refused: the endpoint's secret signs every call";
		}
		String host = host(url);
		if (allowPrivate || host == null) {
			return null;
		}
		if (host.equals("localhost") || host.endsWith(".localhost")) {
			return host + " is this machine: set allow-private: true to call it";
		}
		if (literal(host)) {
			try {
				return privateAddress(InetAddress.getByName(host));
			}
			catch (UnknownHostException ex) {
				return null; // not a literal after all
			}
		}
		return null;
	}

	/** Why a call may not go to where the URL's host resolves now, or null when it may. */
	public static String resolvedProblem(URI url, boolean allowPrivate) {
		String configured = problem(url, allowPrivate);
		if (configured != null || allowPrivate) {
			return configured;
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(host(url))) {
				String problem = privateAddress(address);
				if (problem != null) {
					return host(url) + " resolves to " + problem;
				}
			}
			return null;
		}
		catch (UnknownHostException ex) {
			return null; // the call itself fails and says so
		}
	}

	private static String privateAddress(InetAddress address) {
		String kind = address.isLoopbackAddress() ? "a loopback address"
				: address.isLinkLocalAddress() ? "a link-local address"
						: address.isSiteLocalAddress() || uniqueLocal(address) ? "a private address"
								: address.isAnyLocalAddress() ? "the unspecified address" : null;
		return (kind == null) ? null
				: address.getHostAddress() + " is " + kind + ": set allow-private: true to call it";
	}

	/** IPv6 unique local addresses (fc00::/7), which Java does not count as site-local. */
	private static boolean uniqueLocal(InetAddress address) {
		byte[] bytes = address.getAddress();
		return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
	}

	private static boolean literal(String host) {
		return host.matches("[0-9.]+") || host.contains(":");
	}

	private static String host(URI url) {
		String host = url.getHost();
		if (host == null) {
			return null;
		}
		host = host.toLowerCase(Locale.ROOT);
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

}
