package eu.loopmentoring.api.identity;

import eu.loopmentoring.domain.shared.Subject;
import eu.loopmentoring.openapi.v1.model.PersonalDataExportDto;

/**
 * What {@code GET /me/export} answers. The privacy capability assembles it from every capability,
 * this one included, so identity names only this interface and privacy implements it.
 */
public interface AccountExport {

    PersonalDataExportDto of(Subject subject);
}
