package io.tradewatch.platform.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Thrown by a service's own validation with every invalid field at once; answered as a 400 problem whose
 * {@code errors} property lists them.
 */
public class InvalidFieldsException extends ErrorResponseException {

    public static final URI TYPE = URI.create("https://tradewatch.io/problems/invalid-request");

    private final List<FieldProblem> problems;

    public InvalidFieldsException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, problem(problems), null);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    static ProblemDetail problem(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() + " invalid field(s): "
                        + problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
        problem.setType(TYPE);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems);
        return problem;
    }
}
