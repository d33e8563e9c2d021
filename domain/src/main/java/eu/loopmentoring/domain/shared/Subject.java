package eu.loopmentoring.domain.shared;

import java.util.UUID;

/**
 * Who is asking: a person or a partner institution's API client. Every use case that touches an
 * object takes the subject and decides, against that object, what the subject may see and do.
 */
public sealed interface Subject permits PersonSubject, ClientSubject {

    UUID id();
}
