package com.sidekickforge.monitor.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

import com.sidekickforge.monitor.quota.QuotaLevel;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The direction of the README's decision "Packages point one way", checked on the compiled classes: a new import
 * against it fails here, naming the classes.
 */
class PackageDependencyTests {

	private static final String OURS = "com.sidekickforge.monitor";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(OURS);

	@Test
	void noTwoPackagesDependOnEachOtherEvenThroughOthers() {
		slices().matching(OURS + ".(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theKindsOfEventAndPublicationImportNothingOfOurs() {
		onlyOwnAnd("event").check(CLASSES);
		onlyOwnAnd("publication").check(CLASSES);
		onlyOwnAnd("activity").check(CLASSES);
	}

	@Test
	void configSitsBelowEveryFeatureAndSourceOnlyOnConfig() {
		onlyOwnAnd("config", "event").check(CLASSES);
		onlyOwnAnd("source", "config", "event").check(CLASSES);
	}

	@Test
	void chartsKnowOnlyTheReportsModel() {
		// QuotaLevel comes with the model's QuotaStatus (its level component), the one type of quota a chart sees.
		noClasses().that()
			.resideInAPackage(OURS + ".chart..")
			.should()
			.dependOnClassesThat(resideInAPackage(OURS + "..")
				.and(resideInAnyPackage(OURS + ".chart..", OURS + ".report.model..").negate())
				.and(equivalentTo(QuotaLevel.class).negate()))
			.check(CLASSES);
	}

	@Test
	void theReportsModelKnowsNoReaderRendererOrJob() {
		onlyOwnAnd("report.model", "quota", "config", "event", "source", "run").check(CLASSES);
	}

	@Test
	void renderersAndExportsReadTheModelNotEachOther() {
		noClasses().that()
			.resideInAnyPackage(OURS + ".report.pdf..", OURS + ".report.html..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(OURS + ".report.read..", OURS + ".report.assembly..", OURS + ".report.export..")
			.check(CLASSES);
		noClasses().that()
			.resideInAnyPackage(OURS + ".report.read..", OURS + ".report.assembly..", OURS + ".report.export..",
					OURS + ".report.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(OURS + ".report.pdf..", OURS + ".report.html..")
			.check(CLASSES);
	}

	@Test
	void contentIsComposedInDeliveryNotInTheFeaturesBelow() {
		noClasses().that()
			.resideInAnyPackage(OURS + ".alert..", OURS + ".report..", OURS + ".api..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(OURS + ".mail..")
			.check(CLASSES);
	}

	@Test
	void nothingImportsTheEntryPoints() {
		noClasses().that()
			.resideOutsideOfPackages(OURS + ".cli..", OURS)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(OURS + ".cli..")
			.check(CLASSES);
		noClasses().that()
			.resideOutsideOfPackages(OURS + ".cli..", OURS + ".api..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(OURS + ".api..")
			.check(CLASSES);
		noClasses().that()
			.resideOutsideOfPackages(OURS + ".cli..", OURS + ".tools..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(OURS + ".tools..")
			.check(CLASSES);
	}

	/** Classes of the package depend on no package of ours but their own and those named. */
	private static ArchRule onlyOwnAnd(String pkg, String... allowed) {
		String[] own = new String[allowed.length + 1];
		own[0] = OURS + "." + pkg + "..";
		for (int i = 0; i < allowed.length; i++) {
			own[i + 1] = OURS + "." + allowed[i] + "..";
		}
		return noClasses().that()
			.resideInAPackage(OURS + "." + pkg + "..")
			.should()
			.dependOnClassesThat(resideInAPackage(OURS + "..").and(resideInAnyPackage(own).negate()))
			.because(pkg + " sits below the packages it must not import");
	}

}
