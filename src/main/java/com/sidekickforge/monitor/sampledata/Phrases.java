package com.sidekickforge.monitor.sampledata;

import java.util.SplittableRandom;

/** What people and sidekicks say in the generated transcripts, documents and chunks. */
final class Phrases {

	private static final String[] QUESTIONS = { "Hi, can I book an appointment for Tuesday?",
			"What are your opening hours this weekend?", "¿Tienen disponibilidad mañana por la tarde?",
			"I need to change my reservation, is that possible?", "How much does the premium package cost?",
			"Können Sie mir die Rechnung noch einmal schicken?", "Where do I find the parking entrance?",
			"Is the order #4471 already shipped?", "Je voudrais parler à quelqu'un du service client.",
			"Can you explain the difference between the two plans?", "My account says \"locked\", what now?",
			"Do you deliver to Zürich & Basel?", "What documents do I need to bring?", "Thanks, that helps!",
			"Is there a discount for students?", "Could you call me back after 5 pm?" };

	private static final String[] ANSWERS = { "Of course! Tuesday at 10:30 or 14:00 are free. Which suits you?",
			"We are open Saturday 9:00–14:00 and closed on Sunday.", "Sí, mañana a las 16:00 hay un hueco libre.",
			"Sure, I have moved your reservation. You will receive a confirmation e-mail.",
			"The premium package is 49 € per month, billed yearly.", "Ich habe die Rechnung erneut versendet.",
			"The entrance is on the left side of the building, behind the café.",
			"Your order left our warehouse yesterday and should arrive within 2 days.",
			"Je vous mets en relation avec un conseiller, un instant s'il vous plaît.",
			"The basic plan covers 100 minutes; premium has unlimited calls & priority support.",
			"I have sent a reset link to the address on file.", "Yes, we deliver to both cities within 48 h.",
			"Please bring your ID and the confirmation letter.", "You're welcome! Anything else I can do?",
			"Students get 15 % off with a valid card.", "I've noted a callback for 17:15 today." };

	private static final String[] DOCUMENTS = { "Price list 2026", "Opening hours & holidays", "FAQ — Returns",
			"Onboarding guide", "Service catalogue", "Terms & Conditions", "Team directory",
			"Product manual (EN/DE)", "Menu — Été", "Insurance partners" };

	private static final String[] CHUNK_TEXT = { "Our team is available Monday to Friday from 8:00 to 18:00.",
			"Cancellations are free up to 24 hours before the appointment.",
			"All prices include VAT; invoices are sent by e-mail.",
			"Returns are accepted within 30 days with the original receipt.",
			"Parking is available in the garage under the building (level −1).",
			"Für Notfälle erreichen Sie uns unter der Hotline rund um die Uhr." };

	private Phrases() {
	}

	static String question(SplittableRandom random) {
		return QUESTIONS[random.nextInt(QUESTIONS.length)];
	}

	static String answer(SplittableRandom random) {
		return ANSWERS[random.nextInt(ANSWERS.length)];
	}

	static String documentTitle(SplittableRandom random) {
		return DOCUMENTS[random.nextInt(DOCUMENTS.length)];
	}

	static String chunk(SplittableRandom random) {
		return CHUNK_TEXT[random.nextInt(CHUNK_TEXT.length)];
	}

}
