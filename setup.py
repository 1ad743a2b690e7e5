"""Build hook for the one compiled module, ``silkwire.nlp._crf`` (the NER CRF's inner loops, see its docstring).

Everything else is in pyproject.toml.  The extension is optional: where no C compiler is found the build goes on
without it and the NER runs its numpy path (same tags, slower); ``silkwire.nlp.ner_viterbi.COMPILED`` tells which
(CI asserts the kernel was built).
"""
from Cython.Build import cythonize
from setuptools import Extension, setup

extensions = cythonize([Extension("silkwire.nlp._crf", ["src/silkwire/nlp/_crf.pyx"])],
                       compiler_directives={"language_level": "3"})
for ext in extensions:
    ext.optional = True  # set after cythonize, which builds new Extension objects without it

setup(ext_modules=extensions)
