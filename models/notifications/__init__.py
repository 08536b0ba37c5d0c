"""The decision reaches the applicant: letters, the letter journal, the outbox and its senders.

``compose`` lays out a decision's letter, e-mail and SMS from the templates (``templates``);
``journal`` numbers the letters; ``outbox`` puts the notification in the decision's own
transaction; ``sender`` delivers it at most once (e-mail through ``smtp``, SMS through a
gateway of ``sms``); the services are ``service`` (sending, the lists, delivery by hand),
``letters`` (printing and previewing letters) and ``template_service`` (an admin's templates).
"""
