"""Files on the user's machine: the folders Limber uses, the shipped data, safe reads and writes."""
