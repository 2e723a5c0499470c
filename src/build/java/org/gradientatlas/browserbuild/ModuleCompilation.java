package org.gradientatlas.browserbuild;

import java.nio.file.Path;
import java.util.List;
import org.teavm.diagnostics.ProblemProvider;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * One TeaVM compilation to WebAssembly (GC) of the classes on this JVM's class path (the project's classes and
 * TeaVM's class library: no JVM-only library, so a reference to one cannot compile). Settings measured for speed and
 * size (docs/browser-engine.md): ADVANCED optimisation, minified names, no debug information, not incremental.
 */
record ModuleCompilation(Path module, List<String> classes, boolean succeeded) {
    static final String MODULE_FILE = "classes.wasm";

    static ModuleCompilation run(String entryClass, Path out) {
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_GC);
        tool.setMainClass(entryClass);
        tool.setTargetDirectory(out.toFile());
        tool.setTargetFileName(MODULE_FILE);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setObfuscated(true);
        tool.setDebugInformationGenerated(false);
        tool.setIncremental(false);
        tool.setLog(new ProblemLog());
        try {
            tool.generate();
        } catch (TeaVMToolException e) {
            throw new IllegalStateException("TeaVM failed", e);
        }
        ProblemProvider problems = tool.getProblemProvider();
        TeaVMProblemRenderer.describeProblems(tool.getDependencyInfo().getCallGraph(), problems, tool.getLog());
        return new ModuleCompilation(out.resolve(MODULE_FILE), tool.getClasses().stream().sorted().toList(),
                problems.getSevereProblems().isEmpty());
    }

    /** TeaVM's warnings and errors on standard error; its progress lines are left out. */
    private static final class ProblemLog implements TeaVMToolLog {
        @Override
        public void info(String text) {
        }

        @Override
        public void debug(String text) {
        }

        @Override
        public void warning(String text) {
            System.err.println("[TeaVM] warning: " + text);
        }

        @Override
        public void error(String text) {
            System.err.println("[TeaVM] error: " + text);
        }

        @Override
        public void info(String text, Throwable e) {
        }

        @Override
        public void debug(String text, Throwable e) {
        }

        @Override
        public void warning(String text, Throwable e) {
            warning(text + ": " + e);
        }

        @Override
        public void error(String text, Throwable e) {
            error(text + ": " + e);
        }
    }
}
