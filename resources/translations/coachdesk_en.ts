<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>Please correct: {summary}</source>
        <translation>Please correct: {summary}</translation>
    </message>
    <message>
        <source>No {what} found for {key}.</source>
        <translation>No {what} found for {key}.</translation>
    </message>
    <message>
        <source>A vault already exists in {path}. Nothing was changed.</source>
        <translation>A vault already exists in {path}. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no vault in {path}. Create one with 'coachdesk init' or the app.</source>
        <translation>There is no vault in {path}. Create one with 'coachdesk init' or the app.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be used: {reason}</source>
        <translation>The data folder {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}. Nothing was changed.</source>
        <translation>The change could not be saved: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>The vault is busy in another CoachDesk window or process. Try again shortly.</source>
        <translation>The vault is busy in another CoachDesk window or process. Try again shortly.</translation>
    </message>
    <message>
        <source>This vault was made by a newer CoachDesk (schema {found}, this program knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>This vault was made by a newer CoachDesk (schema {found}, this program knows up to {known}). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>The vault could not be unlocked.</source>
        <translation>The vault could not be unlocked.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>That passphrase does not open this vault.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>That recovery key does not belong to this vault.</translation>
    </message>
    <message>
        <source>That is not a recovery key. It starts with AGE-SECRET-KEY-1 and is 74 characters long.</source>
        <translation>That is not a recovery key. It starts with AGE-SECRET-KEY-1 and is 74 characters long.</translation>
    </message>
    <message>
        <source>This vault has no passphrase. Unlock it with the recovery key instead.</source>
        <translation>This vault has no passphrase. Unlock it with the recovery key instead.</translation>
    </message>
    <message>
        <source>No key to open this vault: {reason} Give the passphrase (--passphrase-stdin) or the recovery key (--recovery-key-file).</source>
        <translation>No key to open this vault: {reason} Give the passphrase (--passphrase-stdin) or the recovery key (--recovery-key-file).</translation>
    </message>
    <message>
        <source>The system keychain is not available: {reason}</source>
        <translation>The system keychain is not available: {reason}</translation>
    </message>
    <message>
        <source>The vault file is damaged ({detail}). Your key is correct. Restore the latest backup; the damaged file was left untouched.</source>
        <translation>The vault file is damaged ({detail}). Your key is correct. Restore the latest backup; the damaged file was left untouched.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>the file would become too large for this disk</source>
        <translation>the file would become too large for this disk</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>permission was denied</translation>
    </message>
    <message>
        <source>a file or folder vanished</source>
        <translation>a file or folder vanished</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>the disk reported an input/output error</translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation>the disk refused the write</translation>
    </message>
    <message>
        <source>A passphrase needs at least 10 characters.</source>
        <translation>A passphrase needs at least 10 characters.</translation>
    </message>
    <message>
        <source>it is a file, not a folder.</source>
        <translation>it is a file, not a folder.</translation>
    </message>
    <message>
        <source>Choose a passphrase or let the system keychain open the vault; the recovery key alone is for emergencies.</source>
        <translation>Choose a passphrase or let the system keychain open the vault; the recovery key alone is for emergencies.</translation>
    </message>
    <message>
        <source>there is none on this computer; choose a passphrase.</source>
        <translation>there is none on this computer; choose a passphrase.</translation>
    </message>
    <message>
        <source>vault.db is missing</source>
        <translation>vault.db is missing</translation>
    </message>
    <message>
        <source>it cannot be decrypted although the key is right</source>
        <translation>it cannot be decrypted although the key is right</translation>
    </message>
    <message>
        <source>page 1 cannot be read</source>
        <translation>page 1 cannot be read</translation>
    </message>
    <message>
        <source>Without a keychain the vault needs a passphrase; it stays.</source>
        <translation>Without a keychain the vault needs a passphrase; it stays.</translation>
    </message>
    <message>
        <source>there is none on this computer.</source>
        <translation>there is none on this computer.</translation>
    </message>
    <message>
        <source>Set a passphrase first; otherwise nothing opens the vault.</source>
        <translation>Set a passphrase first; otherwise nothing opens the vault.</translation>
    </message>
    <message>
        <source>Enter the passphrase to rotate the key.</source>
        <translation>Enter the passphrase to rotate the key.</translation>
    </message>
    <message>
        <source>the check after re-keying failed</source>
        <translation>the check after re-keying failed</translation>
    </message>
    <message>
        <source>this vault keeps no key in the system keychain.</source>
        <translation>this vault keeps no key in the system keychain.</translation>
    </message>
    <message>
        <source>the system keychain has no key for this vault.</source>
        <translation>the system keychain has no key for this vault.</translation>
    </message>
    <message>
        <source>the key in the system keychain does not fit this vault.</source>
        <translation>the key in the system keychain does not fit this vault.</translation>
    </message>
    <message>
        <source>vault.meta.json does not match its key</source>
        <translation>vault.meta.json does not match its key</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a first or last name.</source>
        <translation>Enter a first or last name.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@example.nl).</source>
        <translation>This is not an e-mail address (expected name@example.nl).</translation>
    </message>
    <message>
        <source>A Dutch postcode looks like 1234 AB.</source>
        <translation>A Dutch postcode looks like 1234 AB.</translation>
    </message>
    <message>
        <source>A phone number has 8 to 15 digits, e.g. 06 1234 5678.</source>
        <translation>A phone number has 8 to 15 digits, e.g. 06 1234 5678.</translation>
    </message>
    <message>
        <source>A date of birth lies between 1900 and today.</source>
        <translation>A date of birth lies between 1900 and today.</translation>
    </message>
    <message>
        <source>This is longer than {limit} characters.</source>
        <translation>This is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>Tags are short words (letters, digits, spaces, dashes).</source>
        <translation>Tags are short words (letters, digits, spaces, dashes).</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <extracomment>Explicit consent (AVG art. 9) for health and other special-category data in notes. Purposes the Consents tab offers; the coach may type another one. Autosave writes a note every few seconds while the coach types; one audit entry per editing stretch says as much as fifty and keeps the log readable.</extracomment>
        <translation>The end date lies before the start date.</translation>
    </message>
    <message>
        <source>Give the trajectory a title or a goal.</source>
        <translation>Give the trajectory a title or a goal.</translation>
    </message>
    <message>
        <source>Choose or type a purpose.</source>
        <translation>Choose or type a purpose.</translation>
    </message>
    <message>
        <source>There is no consent in force for this purpose.</source>
        <translation>There is no consent in force for this purpose.</translation>
    </message>
    <message>
        <source>Auto-lock must lie between 1 and 240 minutes.</source>
        <translation>Auto-lock must lie between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>A KvK number has 8 digits.</source>
        <translation>A KvK number has 8 digits.</translation>
    </message>
    <message>
        <source>Enter the name of your practice.</source>
        <translation>Enter the name of your practice.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
</context>
</TS>