"""docscheck: is a volunteer's APS application file complete before it goes to the prefecture?"""

__version__ = "0.1.0"
