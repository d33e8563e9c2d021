package eu.loopmentoring.domain.profile;

import java.util.Optional;

/** For one purpose: the consent given now, if any, and the text to show when asking for it. */
public record ConsentState(ConsentPurpose purpose, Optional<Consent> given, ConsentText currentText) {}
