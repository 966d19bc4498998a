package app.roster.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Reads texts from Roster's message bundle, for code outside a JSF page (API, mail, logs). */
public final class Messages {

  public static final String BUNDLE = "i18n.messages";

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static String get(String key, Object... args) {
    return get(Locale.ENGLISH, key, args);
  }
}
