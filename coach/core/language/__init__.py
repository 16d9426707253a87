"""The language every word is in: the translations read without Qt, and numbers and dates."""
