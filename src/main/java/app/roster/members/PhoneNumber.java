package app.roster.members;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phone number libphonenumber accepts as valid, written internationally (+44 20 7946 0958) or
 * nationally for the workspace's region (roster.phone.region). Empty means "no phone".
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

  String message() default "{member.phone.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
