<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {what} found for {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in {path}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in {path}. Create one with &apos;coachdesk init&apos; or the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is busy in another CoachDesk window or process. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer CoachDesk (schema {found}, this program knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery key. It starts with AGE-SECRET-KEY-1 and is 74 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no passphrase. Unlock it with the recovery key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key to open this vault: {reason} Give the passphrase (--passphrase-stdin) or the recovery key (--recovery-key-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged ({detail}). Your key is correct. Restore the latest backup; the damaged file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file would become too large for this disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file or folder vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase needs at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase or let the system keychain open the vault; the recovery key alone is for emergencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is none on this computer; choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.db is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be decrypted although the key is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page 1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keychain the vault needs a passphrase; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is none on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase first; otherwise nothing opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase to rotate the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check after re-keying failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault keeps no key in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain has no key for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key in the system keychain does not fit this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault.meta.json does not match its key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@example.nl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Dutch postcode looks like 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, e.g. 06 1234 5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of birth lies between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are short words (letters, digits, spaces, dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <extracomment>Explicit consent (AVG art. 9) for health and other special-category data in notes. Purposes the Consents tab offers; the coach may type another one. Autosave writes a note every few seconds while the coach types; one audit entry per editing stretch says as much as fifty and keeps the log readable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the trajectory a title or a goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent in force for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock must lie between 1 and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of your practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
