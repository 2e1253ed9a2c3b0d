"""Domain model: dataclasses, enums, validation and date maths. Imports nothing of the project."""
