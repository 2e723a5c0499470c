package org.gradientatlas.classes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gradientatlas.output.Sha256;

/** Which project classes reach which, over one {@link ClassIndex} snapshot. */
public final class ClassGraph {
    private final ClassIndex index;

    public ClassGraph(ClassIndex index) {
        this.index = index;
    }

    /** Every class reachable from {@code roots}; a class in {@code stops} is included but not followed. */
    public Set<String> reachable(Collection<String> roots, Set<String> stops) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            ClassIndex.ClassFile file = index.classes().get(name);
            if (file == null || !seen.add(name) || stops.contains(name)) {
                continue;
            }
            todo.addAll(file.references() == null ? Set.of() : file.references());
        }
        return seen;
    }

    /** One SHA-256 over the names and bytes of {@code classes}: it changes when any of them does. */
    public String digest(Set<String> classes) {
        MessageDigest sha = Sha256.digest();
        for (String name : new TreeSet<>(classes)) {
            sha.update((name + '=' + index.classes().get(name).sha256() + '\n').getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(sha.digest());
    }

    /** The classes whose bytes differ from {@code baseline} (name to SHA-256; a class missing there differs). */
    public Set<String> changedSince(Map<String, String> baseline) {
        Set<String> changed = new TreeSet<>();
        index.classes().forEach((name, file) -> {
            if (!file.sha256().equals(baseline.get(name))) {
                changed.add(name);
            }
        });
        return changed;
    }

    /**
     * The classes a new class loader must define itself so that every class sees the changed ones: the changed
     * classes, every class that names one of them, and (as package-private access works only within one loader)
     * every class of their packages, to a fixed point. Classes of {@code hostPackage} are never included: they stay
     * with the host, which talks to a generation only through JDK types.
     */
    public Set<String> ownedByNewLoader(Set<String> changed, String hostPackage) {
        Map<String, Set<String>> namedBy = new HashMap<>();
        Map<String, Set<String>> byPackage = new HashMap<>();
        index.classes().forEach((name, file) -> {
            byPackage.computeIfAbsent(packageOf(name), p -> new HashSet<>()).add(name);
            if (file.references() != null) {
                file.references().forEach(ref -> namedBy.computeIfAbsent(ref, r -> new HashSet<>()).add(name));
            }
        });
        Set<String> owned = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(changed);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!index.classes().containsKey(name) || packageOf(name).equals(hostPackage) || !owned.add(name)) {
                continue;
            }
            todo.addAll(namedBy.getOrDefault(name, Set.of()));
            todo.addAll(byPackage.getOrDefault(packageOf(name), Set.of()));
        }
        return owned;
    }

    public static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }
}
