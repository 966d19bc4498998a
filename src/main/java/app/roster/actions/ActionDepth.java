package app.roster.actions;

/**
 * How deep the current thread is in a chain of Actions: 0 outside any Action. The runner sets it
 * around each run's transaction, whose commit is when the run's own changes (a label added) fire
 * their after-commit observers on this thread; they read it to start the next runs one deeper.
 */
final class ActionDepth {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  private ActionDepth() {}

  static int current() {
    return DEPTH.get();
  }

  static void enter(int depth) {
    DEPTH.set(depth);
  }

  static void exit() {
    DEPTH.remove();
  }
}
