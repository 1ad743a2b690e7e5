"""Arabic text: normalisation with offset maps, sentence and token segmentation, clitic readings."""
from silkwire.text.normalize import Normalized, fold, match_key, normalize
from silkwire.text.segment import QUOTE_PAIRS, Token, enclitic_stems, proclitic_stems, sentences, tokens

__all__ = ["QUOTE_PAIRS", "Normalized", "Token", "enclitic_stems", "fold", "match_key", "normalize", "proclitic_stems",
           "sentences", "tokens"]
