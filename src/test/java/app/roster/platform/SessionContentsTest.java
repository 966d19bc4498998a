package app.roster.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Clustered instances share sessions through Payara's data grid, which serialises them after each
 * request. One view bean holding an object that is not serialisable makes Payara drop the whole map
 * of views (with only a warning in the log), so a page opened on one instance loses its state when
 * the next click reaches another. This walks the fields of every view- and session-scoped bean, by
 * their declared types, and names each one that could not be serialised.
 */
class SessionContentsTest {

  @Test
  void everythingAViewOrSessionBeanHoldsIsSerializable() throws Exception {
    List<String> problems = new ArrayList<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> bean : beansKeptInTheSession()) {
      check(bean, bean.getSimpleName(), seen, problems);
    }
    assertThat(problems).isEmpty();
  }

  private static List<Class<?>> beansKeptInTheSession()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Page.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - 6), false, loader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)) {
          beans.add(type);
        }
      }
    }
    assertThat(beans).isNotEmpty();
    return beans;
  }

  private static ClassLoader loader() {
    return SessionContentsTest.class.getClassLoader();
  }

  private static void check(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
    if (type.isPrimitive() || type.isEnum() || type == Object.class || !seen.add(type)) {
      return;
    }
    if (type.isArray()) {
      check(type.getComponentType(), path + "[]", seen, problems);
      return;
    }
    if (isEnterpriseBean(type)) {
      return; // a reference to an EJB is a container proxy, which serialises as a handle
    }
    if (!type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
      problems.add(path + " (" + type.getName() + ")");
      return;
    }
    if (!type.getName().startsWith("app.roster.")) {
      return;
    }
    for (Class<?> level = type; level != null; level = level.getSuperclass()) {
      for (Field field : level.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)) {
          continue; // injected beans are client proxies, serialisable whatever their class
        }
        String fieldPath = path + "." + field.getName();
        check(field.getType(), fieldPath, seen, problems);
        if (field.getGenericType() instanceof ParameterizedType generic) {
          for (Type argument : generic.getActualTypeArguments()) {
            if (argument instanceof Class<?> element) {
              check(element, fieldPath + "<" + element.getSimpleName() + ">", seen, problems);
            }
          }
        }
      }
    }
  }

  private static boolean isEnterpriseBean(Class<?> type) {
    return type.isAnnotationPresent(Stateless.class)
        || type.isAnnotationPresent(Singleton.class)
        || type.isAnnotationPresent(Stateful.class);
  }
}
