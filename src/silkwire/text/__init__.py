"""Arabic text: normalisation with offset maps, sentence and token segmentation, clitic readings."""
from silkwire.text.normalize import Normalized, fold, match_key, normalize
from silkwire.text.segment import Token, enclitic_stems, proclitic_stems, sentences, tokens

__all__ = ["Normalized", "Token", "enclitic_stems", "fold", "match_key", "normalize", "proclitic_stems",
           "sentences", "tokens"]
