package org.gradientatlas.preview;

import java.util.Map;

/**
 * One generation of the project's classes: the classes it owns are defined from the snapshot's bytes (child first);
 * every other class, the libraries and the JDK come from the parent, so unchanged code stays loaded and warm.
 */
final class GenerationLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> owned;

    GenerationLoader(String name, ClassLoader parent, Map<String, byte[]> owned) {
        super(name, parent);
        this.owned = Map.copyOf(owned);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] bytes = owned.get(name);
        if (bytes == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** Whether this generation defines {@code name} itself. */
    boolean owns(String name) {
        return owned.containsKey(name);
    }
}
