package app.roster.members;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date of birth no earlier than 1 January 1900. Older dates are typing mistakes, and dates before
 * the Gregorian calendar would not survive the trip through java.sql.Date unchanged.
 */
@Documented
@Constraint(validatedBy = BornAfter1900.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface BornAfter1900 {

  LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  String message() default "{member.dateOfBirth.tooEarly}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts empty dates and dates from 1900 on. */
  class Validator implements ConstraintValidator<BornAfter1900, LocalDate> {

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || !value.isBefore(EARLIEST);
    }
  }
}
