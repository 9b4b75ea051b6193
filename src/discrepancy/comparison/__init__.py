"""Stage 5, comparison: lining facts up across outlets and judging agree, differ, omit."""
