package com.sidekickforge.monitor.report.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsageCsvTests {

	@Test
	void csvCellsThatLookLikeFormulasAreNeutralised() {
		assertThat(UsageCsv.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(UsageCsv.safe("+1")).isEqualTo("'+1");
		assertThat(UsageCsv.safe("-2")).isEqualTo("'-2");
		assertThat(UsageCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(UsageCsv.safe("\tx")).isEqualTo("'\tx");
		assertThat(UsageCsv.safe("Café <Noir>")).isEqualTo("Café <Noir>");
	}

}
