package eu.loopmentoring.domain.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

public class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T09:00:00Z");

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
