package dev.ucare.client.cdn;

import java.util.Locale;

/** Named photo filters of the {@code filter} operation. */
public enum ImageFilter {

	ADARIS, BRIARIL, CALAREL, CARRIS, CYNAREL, CYREN, ELMET, ELONNI, ENZANA, ERYDARK, FENRALAN, FERAND, GALEN, GAVIN,
	GETHRIEL, IORILL, IOTHARI, ISELVA, JADIS, LAVRA, MISIARA, NAMALA, NERION, NETHARI, PAMAYA, SARNAR, SEDIS, SEWEN,
	SORAHEL, SORLEN, TARIAN, THELLASSAN, VARRIEL, VARVEN, VEVERA, VIRKAS, YEDIS, YLLARA, ZATVEL, ZEVCEN;

	/** The value as written in a CDN URL. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
