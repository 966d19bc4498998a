package app.roster.members;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.eclipse.microprofile.config.ConfigProvider;

/** Checks {@link PhoneNumber} with libphonenumber and the workspace's default region. */
public class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    return Contacts.toE164(value, PhoneRegion.current()).isPresent();
  }

  /** The region for numbers written without a country code, from roster.phone.region. */
  static final class PhoneRegion {

    private PhoneRegion() {}

    static String current() {
      try {
        return ConfigProvider.getConfig()
            .getOptionalValue("roster.phone.region", String.class)
            .orElse("US");
      } catch (IllegalStateException e) {
        return "US";
      }
    }
  }
}
