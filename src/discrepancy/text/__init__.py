"""Stage 1, text: the gate every text passes, sentences, number words, page debris."""
