package eu.loopmentoring.api.support;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URL;

/** For routes the document does not declare: the answer must still be the document's Problem. */
final class ProblemSchemaFilter implements Filter {

    private final SchemaValidator validator;
    private final Schema<?> problem;

    ProblemSchemaFilter(URL document) {
        OpenAPI api = new OpenAPIV3Parser().read(document.toString());
        this.validator = new SchemaValidator(api, new MessageResolver());
        this.problem = api.getComponents().getSchemas().get("Problem");
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        Response answer = context.next(request, response);
        String contentType = answer.getContentType();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            throw new AssertionError("Expected application/problem+json but got " + contentType);
        }
        ValidationReport report = validator.validate(answer.asString(), problem, "response.body");
        if (report.hasErrors()) {
            throw new AssertionError("The problem does not match the Problem schema: " + report.getMessages());
        }
        return answer;
    }
}
