<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>AccessFilePage</name>
    <message>
        <source>Choose the Access database</source>
        <translation>Scegliere il database Access</translation>
    </message>
    <message>
        <source>The .mdb or .accdb file the old program opens.</source>
        <translation>Il file .mdb o .accdb che apre il vecchio programma.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Western European (Italian): Windows-1252</source>
        <translation>Europa occidentale (italiano): Windows-1252</translation>
    </message>
    <message>
        <source>Central European: Windows-1250</source>
        <translation>Europa centrale: Windows-1250</translation>
    </message>
    <message>
        <source>Cyrillic: Windows-1251</source>
        <translation>Cirillico: Windows-1251</translation>
    </message>
    <message>
        <source>Greek: Windows-1253</source>
        <translation>Greco: Windows-1253</translation>
    </message>
    <message>
        <source>Turkish: Windows-1254</source>
        <translation>Turco: Windows-1254</translation>
    </message>
    <message>
        <source>Baltic: Windows-1257</source>
        <translation>Baltico: Windows-1257</translation>
    </message>
    <message>
        <source>File (.mdb or .accdb):</source>
        <translation>File (.mdb o .accdb):</translation>
    </message>
    <message>
        <source>Text of Access 97 files:</source>
        <translation>Testo dei file Access 97:</translation>
    </message>
    <message>
        <source>Only Access 97 (.mdb of Jet 3) files need this: if accented letters come out wrong in the preview, go back and choose the alphabet the file was written in.</source>
        <translation>Serve solo per i file di Access 97 (.mdb Jet 3): se nell'anteprima le lettere accentate risultano sbagliate, tornare indietro e scegliere l'alfabeto con cui è stato scritto il file.</translation>
    </message>
    <message>
        <source>Import from Access</source>
        <translation>Importa da Access</translation>
    </message>
    <message>
        <source>Access databases (*.mdb *.accdb)</source>
        <translation>Database Access (*.mdb *.accdb)</translation>
    </message>
    <message>
        <source>Choose the Access file to import (Browse…).</source>
        <translation>Scegliere il file Access da importare (Sfoglia…).</translation>
    </message>
</context>
<context>
    <name>AccessImport</name>
    <message>
        <source>a Microsoft Access database (.mdb, .accdb)</source>
        <translation>un database Microsoft Access (.mdb, .accdb)</translation>
    </message>
    <message>
        <source>.mdb or .accdb</source>
        <translation>file .mdb o .accdb</translation>
    </message>
    <message>
        <source>table to import</source>
        <translation>tabella da importare</translation>
    </message>
    <message>
        <source>reuse the mapping saved there, or save it there</source>
        <translation>riusa l'abbinamento salvato in quel file, o lo salva lì</translation>
    </message>
    <message>
        <source>Jet 3 code page</source>
        <translation>code page Jet 3</translation>
    </message>
    <message>
        <source>the table pairs meetings with organisations (both imported from this file before): give each meeting all of them</source>
        <translation>la tabella abbina incontri e organizzazioni (entrambi già importati da questo file): dà a ogni incontro tutte le sue organizzazioni</translation>
    </message>
    <message>
        <source>Access 97 text read as %1, guessed from it (--charset).</source>
        <translation>Testo di Access 97 letto come %1, dedotto dal file stesso (--charset).</translation>
    </message>
    <message>
        <source>%1 has no table '%2'</source>
        <translation>%1 non ha una tabella '%2'</translation>
    </message>
    <message>
        <source>--meeting-links: '%1' are not two columns of %2 (%3)</source>
        <translation>--meeting-links: '%1' non sono due colonne di %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing was linked: %1 rows name no imported record (--yes).</source>
        <translation>Non è stato collegato nulla: %1 righe non indicano alcuna scheda importata (--yes).</translation>
    </message>
    <message>
        <source>%1 meetings, %2 organisations added to them.</source>
        <translation>%1 incontri, %2 organizzazioni aggiunte.</translation>
    </message>
    <message>
        <source>%1 (read with %2): %3 tables</source>
        <translation>%1 (letto con %2): %3 tabelle</translation>
    </message>
    <message>
        <source>%1: linked, its rows are not in this file</source>
        <translation>%1: collegata, le sue righe non sono in questo file</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: non si può leggere</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 righe</translation>
    </message>
    <message>
        <source>--kind is needed to import a table</source>
        <translation>per importare una tabella serve --kind</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are rejected. Add --yes to import the other %2 rows and skip the rejected ones.</source>
        <translation>Non è stato importato nulla: %1 righe sono scartate. Aggiungere --yes per importare le altre %2 righe e saltare quelle scartate.</translation>
    </message>
    <message>
        <source>Table %1 of %2</source>
        <translation>Tabella %1 di %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Microsoft Access database (.mdb or .accdb): choose the file the old program opened.</source>
        <translation>%1 non è un database Microsoft Access (.mdb o .accdb): scegliere il file che apriva il vecchio programma.</translation>
    </message>
    <message>
        <source>%1 does not exist: check the name and the folder of the file.</source>
        <translation>%1 non esiste: controllare il nome e la cartella del file.</translation>
    </message>
    <message>
        <source>%1 looks damaged or encrypted and cannot be read (%2). Open it in Access, run 'Compact and Repair', remove the password if it has one, and try again. Nothing was imported.</source>
        <translation>%1 sembra danneggiato o cifrato e non può essere letto (%2). Aprirlo in Access, eseguire "Compatta e ripristina", togliere l'eventuale password e riprovare. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. The readers can read it without the password; import it only if the association owns the data.</source>
        <translation>%1 è protetto da password. I lettori riescono a leggerlo senza password: importarlo solo se i dati appartengono all'associazione.</translation>
    </message>
    <message>
        <source>No program able to read Access files was found for %1: install mdbtools (Linux), the Python package access-parser, or on Windows the Microsoft Access Database Engine with pyodbc.</source>
        <translation>Non è stato trovato alcun programma in grado di leggere file Access per %1: installare mdbtools (Linux), il pacchetto Python access-parser oppure, su Windows, Microsoft Access Database Engine con pyodbc.</translation>
    </message>
    <message>
        <source>%1 is the database open in this program (or one of its files), not an Access file: choose the file the old program opened.</source>
        <translation>%1 è il database aperto in questo programma (o uno dei suoi file), non un file Access: scegliere il file che apriva il vecchio programma.</translation>
    </message>
    <message>
        <source>%1 uses an Access format that the installed reader cannot read (%2). Install mdbtools (Linux) or the Microsoft Access Database Engine (Windows) and try again.</source>
        <translation>%1 usa un formato Access che il lettore installato non sa leggere (%2). Installare mdbtools (Linux) o Microsoft Access Database Engine (Windows) e riprovare.</translation>
    </message>
    <message>
        <source>Column '%1' (%2) holds pictures, attachments or several values: skipped.</source>
        <translation>La colonna '%1' (%2) contiene immagini, allegati o valori multipli: ignorata.</translation>
    </message>
    <message>
        <source>Column '%1' probably holds the ids of another table (an Access lookup): the import reads the numbers, not the text shown in Access.</source>
        <translation>La colonna '%1' contiene probabilmente gli identificativi di un'altra tabella (una ricerca di Access): l'importazione legge i numeri, non il testo mostrato in Access.</translation>
    </message>
    <message>
        <source>Record %1, column '%2': the date could not be read ('%3'; Access dates before 1900 are not readable): the field stays empty or the row is rejected.</source>
        <translation>Riga %1, colonna '%2': impossibile leggere la data ('%3'; le date Access anteriori al 1900 non sono leggibili): il campo resta vuoto o la riga viene scartata.</translation>
    </message>
    <message>
        <source>Table '%1': Access counts %2 records but %3 could be read; the file may be damaged.</source>
        <translation>Tabella '%1': Access conta %2 righe ma ne sono state lette %3; il file potrebbe essere danneggiato.</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>collegata</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>non si può leggere</translation>
    </message>
    <message>
        <source>%1 is not a usable mapping file: %2</source>
        <translation>%1 non è un file di corrispondenze utilizzabile: %2</translation>
    </message>
    <message>
        <source>it is the database open in this program.</source>
        <translation>è il database aperto in questo programma.</translation>
    </message>
    <message>
        <source>it cannot be opened (%1).</source>
        <translation>non si può aprire (%1).</translation>
    </message>
    <message>
        <source>it is not JSON text (line %1, column %2).</source>
        <translation>non è un testo JSON (riga %1, colonna %2).</translation>
    </message>
    <message>
        <source>it is not JSON text in UTF-8.</source>
        <translation>non è un testo JSON in UTF-8.</translation>
    </message>
    <message>
        <source>it does not hold mappings of tables.</source>
        <translation>non contiene corrispondenze di tabelle.</translation>
    </message>
    <message>
        <source>its kind, duplicates policy, columns or values are wrong</source>
        <translation>tipo, regola per i duplicati, colonne o valori non sono validi</translation>
    </message>
    <message>
        <source>it holds no mapping for the table '%1' (only: %2).</source>
        <translation>non contiene la corrispondenza della tabella '%1' (contiene solo: %2).</translation>
    </message>
    <message>
        <source>the mapping '%1' cannot be used: %2.</source>
        <translation>la corrispondenza '%1' non si può usare: %2.</translation>
    </message>
    <message>
        <source>This table cannot be read: %1. Open the file in Access and compact it (Database Tools &gt; Compact and Repair), or install mdbtools, which reads more files.</source>
        <translation>Questa tabella non si può leggere: %1. Aprire il file in Access e compattarlo (Strumenti database &gt; Compatta e ripristina database), oppure installare mdbtools, che legge più file.</translation>
    </message>
    <message>
        <source>Row %1: no meeting imported from this file has the key '%2'.</source>
        <translation>Riga %1: nessun incontro importato da questo file ha la chiave '%2'.</translation>
    </message>
    <message>
        <source>Row %1: no organisation imported from this file has the key '%2'.</source>
        <translation>Riga %1: nessuna organizzazione importata da questo file ha la chiave '%2'.</translation>
    </message>
    <message>
        <source>'%1' is a link to the table '%2' of %3, which is beside this file: its rows are read from there.</source>
        <translation>'%1' è un collegamento alla tabella '%2' di %3, che si trova accanto a questo file: le sue righe vengono lette da lì.</translation>
    </message>
    <message>
        <source>'%1' is a link to the table '%2' of another file, %3: its rows are not in this file. Copy %4 into the folder of this file (%5) and open this file again, or import %4 itself.</source>
        <translation>'%1' è un collegamento alla tabella '%2' di un altro file, %3: le sue righe non sono in questo file. Copiare %4 nella cartella di questo file (%5) e aprire di nuovo questo file, oppure importare direttamente %4.</translation>
    </message>
    <message>
        <source>'%1' is a link to the table '%2' of a database server (ODBC: %3): its rows are not in this file. Export that table from the server (or from Access, where the link works) to a spreadsheet and import that.</source>
        <translation>'%1' è un collegamento alla tabella '%2' di un server di database (ODBC: %3): le sue righe non sono in questo file. Esportare quella tabella dal server (o da Access, dove il collegamento funziona) in un foglio di calcolo e importare quello.</translation>
    </message>
    <message>
        <source>'%1' is a link to the table '%2' of %3, which is beside this file but has no such table: open %3 in Access to see where the data went.</source>
        <translation>'%1' è un collegamento alla tabella '%2' di %3, che si trova accanto a questo file ma non ha quella tabella: aprire %3 in Access per vedere dove sono finiti i dati.</translation>
    </message>
    <message>
        <source>'%1' is a link to %2 (%3), which is no Access file: import that file itself with File &gt; Import from a spreadsheet (save it as .xlsx or .csv first if it is in another format).</source>
        <translation>'%1' è un collegamento a %2 (%3), che non è un file Access: importare direttamente quel file con File &gt; Importa da un foglio di calcolo (prima salvarlo in .xlsx o .csv se è in un altro formato).</translation>
    </message>
    <message>
        <source>'%1' is a link to the table '%2' of %3, which is beside this file: %4</source>
        <translation>'%1' è un collegamento alla tabella '%2' di %3, che si trova accanto a questo file: %4</translation>
    </message>
</context>
<context>
    <name>AccessMappingPage</name>
    <message>
        <source>Remember these choices for the next import of this table</source>
        <translation>Ricorda queste scelte per la prossima importazione di questa tabella</translation>
    </message>
    <message>
        <source>Save the mapping to a file…</source>
        <translation>Salva la corrispondenza in un file…</translation>
    </message>
    <message>
        <source>Load a mapping from a file…</source>
        <translation>Carica una corrispondenza da un file…</translation>
    </message>
    <message>
        <source>The mapping read from %1 is applied.</source>
        <translation>È applicata la corrispondenza delle colonne letta da %1.</translation>
    </message>
    <message>
        <source>The mapping saved for this table is applied.</source>
        <translation>È applicata la corrispondenza delle colonne salvata per questa tabella.</translation>
    </message>
    <message>
        <source>Columns of that mapping this table no longer has, ignored: %1.</source>
        <translation>Colonne della corrispondenza che la tabella non ha più, ignorate: %1.</translation>
    </message>
    <message>
        <source>The mapping could not be saved in %1: %2</source>
        <translation>Impossibile salvare la corrispondenza in %1: %2</translation>
    </message>
    <message>
        <source>Import from Access</source>
        <translation>Importa da Access</translation>
    </message>
    <message>
        <source>The mapping is saved in %1.</source>
        <translation>La corrispondenza è salvata in %1.</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>File di corrispondenze (*.json)</translation>
    </message>
</context>
<context>
    <name>AccessWizard</name>
    <message>
        <source>Import from Access</source>
        <translation>Importa da Access</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import another table of this file?</source>
        <translation>Importare un'altra tabella di questo file?</translation>
    </message>
    <message>
        <source>The choices could not be remembered (%1): %2</source>
        <translation>Impossibile ricordare le scelte (%1): %2</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>Tar&amp;gets</source>
        <translation>&amp;Obiettivi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation>&amp;Nuovo obiettivo…</translation>
    </message>
    <message>
        <source>Project activity</source>
        <translation>Attività di progetto</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <source>2.3.8</source>
        <translation>2.3.8</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Work area:</source>
        <translation>&amp;Area di lavoro:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>ActivityTargetEditor</name>
    <message>
        <source>Target of an activity</source>
        <translation>Obiettivo di un'attività</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Attività:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicatore:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>Achieved so far:</source>
        <translation>Raggiunto finora:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parti</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>New &amp;party…</source>
        <translation>&amp;Nuova parte…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Firmato il:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valido fino al:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>AgreementPartyEditor</name>
    <message>
        <source>Party to an agreement</source>
        <translation>Parte di un accordo</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Wrong arguments: %1</source>
        <translation>Argomenti non validi: %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name.</source>
        <translation>%1 esiste già. Scegliere un nome di file nuovo.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <source>%1 is damaged and was closed.</source>
        <translation>%1 è danneggiato ed è stato chiuso.</translation>
    </message>
</context>
<context>
    <name>AssociationDetails</name>
    <message>
        <source>the association's name</source>
        <translation>il nome dell'associazione</translation>
    </message>
    <message>
        <source>the association's address</source>
        <translation>l'indirizzo dell'associazione</translation>
    </message>
    <message>
        <source>The document names the data controller, but %1 is empty: fill it in Edit &gt; Association details first.</source>
        <translation>Il documento indica il titolare del trattamento, ma manca %1: compilarlo prima in Modifica &gt; Dati dell'associazione.</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Someone else changed the attendance of this course after you opened it: nothing was saved. The grid now shows their changes with yours on top (yours are kept): check them and save again.</source>
        <translation>Qualcun altro ha modificato le presenze di questo corso dopo la sua apertura: non è stato salvato nulla. La griglia ora mostra le modifiche altrui con sopra quelle fatte qui (che sono conservate): controllarle e salvare di nuovo.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Rate</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation>sotto il minimo</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>J</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Absent, justified</source>
        <translation>Assente giustificato</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>%1 hours present of %2 held; minimum %3 %</source>
        <translation>%1 ore di presenza su %2 svolte; minimo %3 %</translation>
    </message>
    <message>
        <source>Hours: type a number from 0 to 24.</source>
        <translation>Ore: scrivere un numero da 0 a 24.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>Spostato nel cestino</translation>
    </message>
    <message>
        <source>Restored from the recycle bin</source>
        <translation>Ripristinato dal cestino</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Cancellato definitivamente</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup %1 is damaged and cannot be restored. Nothing was changed.</source>
        <translation>Il backup %1 è danneggiato e non può essere ripristinato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The backup %1 is not as SocialNEET Desktop wrote it: its tables, columns, indexes or triggers were changed. It cannot be restored. Nothing was changed.</source>
        <translation>Il backup %1 non è come SocialNEET Desktop l'ha scritto: le sue tabelle, colonne, indici o trigger sono stati modificati. Non può essere ripristinato. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The erasures recorded in the database could not be applied again to the backup, so it was not restored. Nothing was changed.</source>
        <translation>Le cancellazioni registrate nel database non hanno potuto essere riapplicate al backup, che quindi non è stato ripristinato. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up now</source>
        <translation>Backup adesso</translation>
    </message>
    <message>
        <source>The backup was saved as %1.</source>
        <translation>Il backup è stato salvato come %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>The database was restored from the backup %1. The file as it was before is kept as %2.</source>
        <translation>Il database è stato ripristinato dal backup %1. Il file com'era prima è conservato come %2.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Il database è danneggiato</translation>
    </message>
    <message>
        <source>Restore the newest backup, of %1, now?</source>
        <translation>Ripristinare adesso il backup più recente, del %1?</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Jan</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Giu</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Lug</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Ott</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dic</translation>
    </message>
    <message>
        <source>People reached per month</source>
        <translation>Persone raggiunte per mese</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>'%1' is not a whole number</source>
        <translation>'%1' non è un numero intero</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>deve essere compreso tra 1 e %1</translation>
    </message>
    <message>
        <source>SocialNEET Desktop from the command line.</source>
        <translation>SocialNEET Desktop da riga di comando.</translation>
    </message>
    <message>
        <source>database file, or the office server as postgresql://USER@HOST:PORT/DB (default: $%1 or the user data folder)</source>
        <translation>file del database, o il server dell'ufficio come postgresql://USER@HOST:PORT/DB (predefinito: $%1 o la cartella dei dati dell'utente)</translation>
    </message>
    <message>
        <source>%1 works on a database file; for the office server use 'socialneet server %2'.</source>
        <translation>%1 lavora su un file di database; per il server dell'ufficio usare 'socialneet server %2'.</translation>
    </message>
    <message>
        <source>show the database file and its record counts</source>
        <translation>mostra il file del database e il numero di schede</translation>
    </message>
    <message>
        <source>fill a database with realistic generated data</source>
        <translation>riempie un database con dati dimostrativi realistici</translation>
    </message>
    <message>
        <source>how many NEET contacts (default 500)</source>
        <translation>quanti contatti NEET (predefinito 500)</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same data</source>
        <translation>seme casuale: lo stesso seme genera gli stessi dati</translation>
    </message>
    <message>
        <source>add to a database that already has records</source>
        <translation>aggiunge a un database che contiene già schede</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 already holds records: demo data is only added with --append.</source>
        <translation>%1 contiene già delle schede: i dati dimostrativi si aggiungono solo con --append.</translation>
    </message>
    <message>
        <source>Demo data written to %1:</source>
        <translation>Dati dimostrativi scritti in %1:</translation>
    </message>
    <message>
        <source>Excel file</source>
        <translation>file Excel</translation>
    </message>
    <message>
        <source>include names and contact details of people (default: pseudonymous)</source>
        <translation>include nomi e recapiti delle persone (predefinito: pseudonimizzato)</translation>
    </message>
    <message>
        <source>export to an Excel workbook</source>
        <translation>esporta in un file Excel</translation>
    </message>
    <message>
        <source>the rows of a list</source>
        <translation>le righe di un elenco</translation>
    </message>
    <message>
        <source>the funder workbook</source>
        <translation>il file Excel per il finanziatore</translation>
    </message>
    <message>
        <source>the funder's indicators to add (default: the association details' choice)</source>
        <translation>gli indicatori del finanziatore da aggiungere (predefinito: la scelta dei dati dell'associazione)</translation>
    </message>
    <message>
        <source>replace the output file if it already exists</source>
        <translation>sostituisce il file di uscita se esiste già</translation>
    </message>
    <message>
        <source>'%1' is not a record number</source>
        <translation>'%1' non è un numero di scheda</translation>
    </message>
    <message>
        <source>'%1' is not a date in the form gg/mm/aaaa</source>
        <translation>'%1' non è una data nella forma gg/mm/aaaa</translation>
    </message>
    <message>
        <source>'%1' is not a number between 1 and %2</source>
        <translation>'%1' non è un numero tra 1 e %2</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>file PDF</translation>
    </message>
    <message>
        <source>print a document to PDF</source>
        <translation>stampa un documento in PDF</translation>
    </message>
    <message>
        <source>visit sheet</source>
        <translation>scheda colloquio</translation>
    </message>
    <message>
        <source>contact file</source>
        <translation>scheda anagrafica</translation>
    </message>
    <message>
        <source>privacy consent form</source>
        <translation>informativa privacy e consenso</translation>
    </message>
    <message>
        <source>attendance register</source>
        <translation>foglio presenze</translation>
    </message>
    <message>
        <source>empty rows for a planned --day</source>
        <translation>righe vuote per un giorno programmato (--day)</translation>
    </message>
    <message>
        <source>stakeholder meetings</source>
        <translation>incontri con le organizzazioni</translation>
    </message>
    <message>
        <source>unused resources</source>
        <translation>risorse inutilizzate</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>argomento %1: %2</translation>
    </message>
    <message>
        <source>no record with number %1</source>
        <translation>nessuna scheda con numero %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>the end comes before the start</source>
        <translation>la fine precede l'inizio</translation>
    </message>
    <message>
        <source>--blank needs the planned day</source>
        <translation>--blank richiede il giorno programmato</translation>
    </message>
    <message>
        <source>give either --day or --from and --to</source>
        <translation>indicare --day oppure --from e --to</translation>
    </message>
    <message>
        <source>back up the database now</source>
        <translation>esegue subito il backup del database</translation>
    </message>
    <message>
        <source>backup folder</source>
        <translation>cartella dei backup</translation>
    </message>
    <message>
        <source>list the backups, or put one in place of the database</source>
        <translation>elenca i backup, o ne rimette uno al posto del database</translation>
    </message>
    <message>
        <source>list backups</source>
        <translation>elenca i backup</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>non chiedere conferma</translation>
    </message>
    <message>
        <source>file holding the passphrase of a backup encrypted with another one</source>
        <translation>file con la password di un backup cifrato con un'altra password</translation>
    </message>
    <message>
        <source>check the database for damage</source>
        <translation>controlla se il database è danneggiato</translation>
    </message>
    <message>
        <source>also check every index (slower)</source>
        <translation>controlla anche ogni indice (più lento)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Backup scritto in %1</translation>
    </message>
    <message>
        <source>give a BACKUP_FILE, or --list</source>
        <translation>indicare un BACKUP_FILE, oppure --list</translation>
    </message>
    <message>
        <source>no backup file %1</source>
        <translation>nessun file di backup %1</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? The current file is kept. [y/N] </source>
        <translation>Sostituire %1 con il backup %2? Il file attuale viene conservato. [s/N] </translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>%1 ripristinato da %2</translation>
    </message>
    <message>
        <source>The previous file was kept as %1</source>
        <translation>Il file precedente è stato conservato come %1</translation>
    </message>
    <message>
        <source>No backups in %1</source>
        <translation>Nessun backup in %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illeggibile</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 schede</translation>
    </message>
    <message>
        <source>Newest backup: %1 (socialneet restore %2)</source>
        <translation>Backup più recente: %1 (socialneet restore %2)</translation>
    </message>
    <message>
        <source>'%1' is not NAME=VALUE</source>
        <translation>'%1' non è NOME=VALORE</translation>
    </message>
    <message>
        <source>'%1' is not field=VALUE=code</source>
        <translation>'%1' non è campo=VALORE=codice</translation>
    </message>
    <message>
        <source>'%1' is not a record kind (%2)</source>
        <translation>'%1' non è un tipo di scheda (%2)</translation>
    </message>
    <message>
        <source>import records from a file</source>
        <translation>importa schede da un file</translation>
    </message>
    <message>
        <source>an .xlsx or .csv file, one record a row</source>
        <translation>un file .xlsx o .csv, una scheda per riga</translation>
    </message>
    <message>
        <source>what a row is; several kinds from one row: organisations,people,meetings</source>
        <translation>che cosa è una riga; più tipi da una stessa riga: organisations,people,meetings</translation>
    </message>
    <message>
        <source>.xlsx or .csv file</source>
        <translation>file .xlsx o .csv</translation>
    </message>
    <message>
        <source>read COLUMN into field (an empty field ignores the column)</source>
        <translation>legge COLONNA nel campo (un campo vuoto ignora la colonna)</translation>
    </message>
    <message>
        <source>value of field where the file has none (e.g. kind=other)</source>
        <translation>valore del campo dove il file non lo ha (es. kind=other)</translation>
    </message>
    <message>
        <source>the row of the column titles (else the first that looks like it)</source>
        <translation>la riga dei titoli delle colonne (altrimenti la prima che sembra esserlo)</translation>
    </message>
    <message>
        <source>show the report, write nothing</source>
        <translation>mostra il resoconto, non scrive nulla</translation>
    </message>
    <message>
        <source>save the report as .xlsx</source>
        <translation>salva il resoconto in .xlsx</translation>
    </message>
    <message>
        <source>import even if some rows are rejected</source>
        <translation>importa anche se alcune righe sono scartate</translation>
    </message>
    <message>
        <source>read a file with damaged accented letters anyway</source>
        <translation>legge comunque un file con lettere accentate danneggiate</translation>
    </message>
    <message>
        <source>a wrong value in a field that can stay empty (an e-mail): reject the row, or import it without the value</source>
        <translation>un valore sbagliato in un campo che può restare vuoto (un'e-mail): scarta la riga, o la importa senza quel valore</translation>
    </message>
    <message>
        <source>--value: '%1' is not a field with choices</source>
        <translation>--value: '%1' non è un campo con scelte</translation>
    </message>
    <message>
        <source>--value: '%1' is not a choice of %2 (%3)</source>
        <translation>--value: '%1' non è una scelta di %2 (%3)</translation>
    </message>
    <message>
        <source>Column '%1': %2 mapped as the last import did (--value to change)</source>
        <translation>Colonna '%1': %2 abbinati come nell'ultima importazione (--value per cambiarli)</translation>
    </message>
    <message>
        <source>--map: the file has no column '%1'</source>
        <translation>--map: il file non ha la colonna '%1'</translation>
    </message>
    <message>
        <source>--map: '%1' is not a field (%2)</source>
        <translation>--map: '%1' non è un campo (%2)</translation>
    </message>
    <message>
        <source>--set: '%1' is not a field (%2)</source>
        <translation>--set: '%1' non è un campo (%2)</translation>
    </message>
    <message>
        <source>no column for the required field(s) %1 of %2: use --map or --set</source>
        <translation>nessuna colonna per i campi obbligatori %1 di %2: usare --map o --set</translation>
    </message>
    <message>
        <source>Header: row %1</source>
        <translation>Intestazione: riga %1</translation>
    </message>
    <message>
        <source>Rows above the header, skipped: %1</source>
        <translation>Righe sopra l'intestazione, saltate: %1</translation>
    </message>
    <message>
        <source>Total rows under the data, skipped: %1</source>
        <translation>Righe di totale sotto i dati, saltate: %1</translation>
    </message>
    <message>
        <source>read TEXT of the file as the choice code (empty: leave it empty)</source>
        <translation>legge il TEXT del file come codice della scelta (vuoto: lo lascia vuoto)</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Prova: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Add --overwrite to replace it.</source>
        <translation>Aggiungere --overwrite per sostituirlo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are rejected. Add --yes to import the other %2 rows and skip the rejected ones.</source>
        <translation>Non è stato importato nulla: %1 righe sono scartate. Aggiungere --yes per importare le altre %2 righe e saltare quelle scartate.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>L'importazione non è riuscita e non è stato scritto nulla: %1</translation>
    </message>
    <message>
        <source>File %1 (%2, separator '%3')</source>
        <translation>File %1 (%2, separatore '%3')</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Resoconto scritto in %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 records are rejected. Add --yes to import the others.</source>
        <translation>Non è stato importato nulla: %1 schede sono scartate. Aggiungere --yes per importare le altre.</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 found already, %4 rejected</source>
        <translation>%1: %2 create, %3 già presenti, %4 scartate</translation>
    </message>
    <message>
        <source>list the imports done</source>
        <translation>elenca le importazioni fatte</translation>
    </message>
    <message>
        <source>move what an import created to the recycle bin</source>
        <translation>sposta nel cestino ciò che un'importazione ha creato</translation>
    </message>
    <message>
        <source>also the records edited since the import</source>
        <translation>anche le schede modificate dopo l'importazione</translation>
    </message>
    <message>
        <source>bring an undone import back from the recycle bin</source>
        <translation>riporta dal cestino un'importazione annullata</translation>
    </message>
    <message>
        <source>No import yet.</source>
        <translation>Ancora nessuna importazione.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4: %5 records created</source>
        <translation>%1  %2  %3  %4: %5 schede create</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annullata)</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 records moved to the recycle bin, %3 put back.</source>
        <translation>Importazione %1 annullata: %2 schede spostate nel cestino, %3 riportate com'erano.</translation>
    </message>
    <message>
        <source>Edited since the import, kept (--also-edited to include): %1</source>
        <translation>Modificate dopo l'importazione, conservate (--also-edited per includerle): %1</translation>
    </message>
    <message>
        <source>Import %1 restored: %2 records taken out of the recycle bin.</source>
        <translation>Importazione %1 ripristinata: %2 schede tolte dal cestino.</translation>
    </message>
    <message>
        <source>Import number %1: 'socialneet import undo %1' takes it back.</source>
        <translation>Importazione numero %1: 'socialneet import undo %1' la annulla.</translation>
    </message>
    <message>
        <source>the office server</source>
        <translation>il server dell'ufficio</translation>
    </message>
    <message>
        <source>create the database, its roles and its schema</source>
        <translation>crea il database, i suoi ruoli e il suo schema</translation>
    </message>
    <message>
        <source>the server as its administrator: postgresql://ADMIN@HOST/DB</source>
        <translation>il server, come suo amministratore: postgresql://ADMIN@HOST/DB</translation>
    </message>
    <message>
        <source>copy a local database file into the empty server</source>
        <translation>copia un file di database locale nel server vuoto</translation>
    </message>
    <message>
        <source>save the server database as a SocialNEET file</source>
        <translation>salva il database del server come file SocialNEET</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>il file da scrivere</translation>
    </message>
    <message>
        <source>replace the server database by a SocialNEET file (managers only)</source>
        <translation>sostituisce il database del server con un file SocialNEET (solo i responsabili)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>non chiede conferma</translation>
    </message>
    <message>
        <source>save the password in this computer's credential store</source>
        <translation>salva la password nel Gestore credenziali di questo computer</translation>
    </message>
    <message>
        <source>the server database: postgresql://USER@HOST:PORT/DB</source>
        <translation>il database del server: postgresql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>Each person gets their own login role, made by the administrator:</source>
        <translation>Ogni persona riceve un proprio ruolo di accesso, creato dall'amministratore:</translation>
    </message>
    <message>
        <source>On each desktop: File &gt; Connect to the office server…, address:</source>
        <translation>Su ogni computer: File &gt; Connessione al server dell'ufficio…, indirizzo:</translation>
    </message>
    <message>
        <source>and the person's password (kept in the computer's credential store).</source>
        <translation>e la password della persona (conservata nel Gestore credenziali del computer).</translation>
    </message>
    <message>
        <source>Copied to the server, every table checked (rows, checksum):</source>
        <translation>Copiato sul server, ogni tabella controllata (righe, checksum):</translation>
    </message>
    <message>
        <source>%1 rows in %2 tables, checked.</source>
        <translation>%1 righe in %2 tabelle, controllate.</translation>
    </message>
    <message>
        <source>Replace everything in the database %1 on the office server %2 with %3? Every computer connected to it will see that file's data. Type yes: </source>
        <translation>Sostituire tutto il contenuto del database %1 sul server dell'ufficio %2 con %3? Ogni computer collegato vedrà i dati di quel file. Scrivere sì: </translation>
    </message>
    <message>
        <source>The server database now holds the file's data, every table checked:</source>
        <translation>Il database del server contiene ora i dati del file, ogni tabella controllata:</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password di %1: </translation>
    </message>
    <message>
        <source>This computer has no credential store that can be used (%1): put the password in the pgpass file instead (%APPDATA%\postgresql\pgpass.conf on Windows, ~/.pgpass elsewhere).</source>
        <translation>Questo computer non ha un Gestore credenziali utilizzabile (%1): mettere invece la password nel file pgpass (%APPDATA%\postgresql\pgpass.conf su Windows, ~/.pgpass altrove).</translation>
    </message>
    <message>
        <source>Password saved for %1.</source>
        <translation>Password salvata per %1.</translation>
    </message>
    <message>
        <source>'%1' is neither a .docx nor a .pdf file</source>
        <translation>'%1' non è un file .docx né .pdf</translation>
    </message>
    <message>
        <source>write a report</source>
        <translation>scrive una relazione</translation>
    </message>
    <message>
        <source>the progress report of the project's activities</source>
        <translation>la relazione sulle attività del progetto</translation>
    </message>
    <message>
        <source>Word document (to complete) or PDF</source>
        <translation>documento Word (da completare) o PDF</translation>
    </message>
    <message>
        <source>the report's language (default: it)</source>
        <translation>la lingua della relazione (predefinito: it)</translation>
    </message>
    <message>
        <source>Give the passphrase in a file: --passphrase-file FILE, or $%1 naming it.</source>
        <translation>Indicare la password in un file: --passphrase-file FILE, oppure il nome del file in $%1.</translation>
    </message>
    <message>
        <source>%1 is open in SocialNEET Desktop (%2 on %3): close it there first.</source>
        <translation>%1 è aperto in SocialNEET Desktop (%2 sul computer %3): chiuderlo prima lì.</translation>
    </message>
    <message>
        <source>%1 is now encrypted. Keep the passphrase in a safe place.</source>
        <translation>%1 ora è cifrato. Conservare la password in un luogo sicuro.</translation>
    </message>
    <message>
        <source>%1 is no longer encrypted.</source>
        <translation>%1 non è più cifrato.</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed.</source>
        <translation>La password di %1 è stata cambiata.</translation>
    </message>
    <message>
        <source>Backups converted the same way: %1</source>
        <translation>Backup convertiti allo stesso modo: %1</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached: its backups were not converted.</source>
        <translation>La cartella dei backup %1 non è raggiungibile: i suoi backup non sono stati convertiti.</translation>
    </message>
    <message>
        <source>The backup %1 was not converted: %2</source>
        <translation>Il backup %1 non è stato convertito: %2</translation>
    </message>
    <message>
        <source>file holding the passphrase of an encrypted database (or $%1)</source>
        <translation>file con la password di un database cifrato (oppure $%1)</translation>
    </message>
    <message>
        <source>encrypt the database file and its backups</source>
        <translation>cifra il file del database e i suoi backup</translation>
    </message>
    <message>
        <source>keep the passphrase in this user's credential store</source>
        <translation>conserva la password nel Gestore credenziali di questo utente</translation>
    </message>
    <message>
        <source>make the database file and its backups plain again</source>
        <translation>rimuove la cifratura dal file del database e dai suoi backup</translation>
    </message>
    <message>
        <source>give the encrypted database a new passphrase</source>
        <translation>dà al database cifrato una nuova password</translation>
    </message>
    <message>
        <source>file holding the new passphrase</source>
        <translation>file con la nuova password</translation>
    </message>
    <message>
        <source>#%1 %2 %3 — %4</source>
        <translation>#%1 %2 %3 — %4</translation>
    </message>
    <message>
        <source>this computer: %1</source>
        <translation>questo computer: %1</translation>
    </message>
    <message>
        <source>other computer: %1</source>
        <translation>altro computer: %1</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>in the recycle bin</source>
        <translation>nel cestino</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>the open needs with their ranked proposals and reasons</source>
        <translation>i bisogni aperti con le proposte in ordine di merito e i motivi</translation>
    </message>
    <message>
        <source>the matching workbook (proposals, matrix, scoring, weights)</source>
        <translation>il file Excel degli abbinamenti (proposte, matrice, valutazione, pesi)</translation>
    </message>
    <message>
        <source>'%1' is not a .pdf, .xlsx or .gexf file</source>
        <translation>'%1' non è un file .pdf, .xlsx o .gexf</translation>
    </message>
    <message>
        <source>unknown tie kind '%1' (choose among %2)</source>
        <translation>tipo di legame sconosciuto '%1' (scegliere tra %2)</translation>
    </message>
    <message>
        <source>the cooperation network between organisations</source>
        <translation>la rete di cooperazione tra le organizzazioni</translation>
    </message>
    <message>
        <source>the kinds of tie counted (default: all three)</source>
        <translation>i tipi di legame contati (predefinito: tutti e tre)</translation>
    </message>
    <message>
        <source>a questionnaire tie counts if either side names it, or only if both do</source>
        <translation>un legame del questionario conta se lo indica una delle due parti, o solo se lo indicano entrambe</translation>
    </message>
    <message>
        <source>one-page PDF for funders, workbook of indicators, or GEXF</source>
        <translation>PDF di una pagina per i finanziatori, file Excel degli indicatori, o GEXF</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Giovani</translation>
    </message>
    <message>
        <source>Needed from</source>
        <translation>Necessario dal</translation>
    </message>
    <message>
        <source>Needed until</source>
        <translation>Necessario fino al</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Iscritto il</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Data dello stato</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponibile fino al</translation>
    </message>
    <message>
        <source>Proposed social use</source>
        <translation>Uso sociale proposto</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>Rilevata il</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Soggetto erogatore</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatore</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Minimum attendance %</source>
        <translation>Frequenza minima %</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valore precedente</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuovo valore</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Months in that status</source>
        <translation>Mesi in quella condizione</translation>
    </message>
    <message>
        <source>Heard of us from</source>
        <translation>Canale di conoscenza</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Numero di colloqui</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Ultimo colloquio</translation>
    </message>
    <message>
        <source>Privacy signed on</source>
        <translation>Informativa firmata il</translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation>Responsabilità di cura</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minoranza</translation>
    </message>
    <message>
        <source>Asylum or refugee</source>
        <translation>Richiedente asilo o rifugiato</translation>
    </message>
    <message>
        <source>Long-term unemployed</source>
        <translation>Disoccupato di lunga durata</translation>
    </message>
    <message>
        <source>Low-skilled</source>
        <translation>Bassa qualificazione</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Explicit consent to special-category data</source>
        <translation>Consenso esplicito ai dati particolari</translation>
    </message>
    <message>
        <source>Special-category consent on</source>
        <translation>Consenso ai dati particolari il</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Mental-health issues</source>
        <translation>Disagio psichico</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Formato il</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Person code</source>
        <translation>Codice persona</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Fascia d'età</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <source>Labour status</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <source>Months in status</source>
        <translation>Mesi nella condizione</translation>
    </message>
    <message>
        <source>Youth Guarantee</source>
        <translation>Garanzia Giovani</translation>
    </message>
    <message>
        <source>Heard from</source>
        <translation>Canale di conoscenza</translation>
    </message>
    <message>
        <source>First visit in period</source>
        <translation>Primo colloquio nel periodo</translation>
    </message>
    <message>
        <source>Visits in period</source>
        <translation>Colloqui nel periodo</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>First visit (month)</source>
        <translation>Primo colloquio (mese)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Meetings in period</source>
        <translation>Incontri nel periodo</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Ultimo incontro</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Owner organisation</source>
        <translation>Organizzazione proprietaria</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponibile dal</translation>
    </message>
    <message>
        <source>Available to</source>
        <translation>Disponibile fino al</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentore</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Datore di lavoro o scuola</translation>
    </message>
    <message>
        <source>Employer kind</source>
        <translation>Tipo di datore di lavoro</translation>
    </message>
    <message>
        <source>Learned how</source>
        <translation>Fonte dell'informazione</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Settimana del</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizzazione ospitante</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Idea on</source>
        <translation>Idea del</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Funding sought</source>
        <translation>Finanziamento richiesto</translation>
    </message>
    <message>
        <source>Business plan attached</source>
        <translation>Business plan allegato</translation>
    </message>
    <message>
        <source>Plan started on</source>
        <translation>Piano avviato il</translation>
    </message>
    <message>
        <source>Plan done on</source>
        <translation>Piano completato il</translation>
    </message>
    <message>
        <source>Presented on</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <source>Business started on</source>
        <translation>Impresa avviata il</translation>
    </message>
    <message>
        <source>Abandoned on</source>
        <translation>Abbandonata il</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Risposto il</translation>
    </message>
    <message>
        <source>Role of who answered</source>
        <translation>Ruolo di chi ha risposto</translation>
    </message>
    <message>
        <source>Organisation named</source>
        <translation>Organizzazione indicata</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Invii</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Progetto comune</translation>
    </message>
    <message>
        <source>Shared resources</source>
        <translation>Risorse condivise</translation>
    </message>
    <message>
        <source>Formal agreement</source>
        <translation>Accordo formale</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fiducia</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <source>Unused resource</source>
        <translation>Risorsa inutilizzata</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposta da</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decisa da</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>This conflict was resolved meanwhile (by someone else, or on another computer whose decision came in a package).</source>
        <translation>Nel frattempo questo conflitto è stato risolto (da qualcun altro, o su un altro computer la cui decisione è arrivata in un pacchetto).</translation>
    </message>
    <message>
        <source>%1: not a number.</source>
        <translation>%1: non è un numero.</translation>
    </message>
    <message>
        <source>%1: not a date: write it as dd/mm/yyyy.</source>
        <translation>%1: non è una data: scriverla come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>%1 cannot be typed: choose this computer's value or the other's.</source>
        <translation>%1 non si può scrivere: scegliere il valore di questo computer o quello dell'altro.</translation>
    </message>
    <message>
        <source>%1: at most %2 characters.</source>
        <translation>%1: al massimo %2 caratteri.</translation>
    </message>
    <message>
        <source>In the recycle bin</source>
        <translation>Nel cestino</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminata</translation>
    </message>
    <message>
        <source>kept (edited)</source>
        <translation>mantenuta (modificata)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>%1 ✓ in the record now</source>
        <translation>%1 ✓ ora nella scheda</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflitti da esaminare</translation>
    </message>
    <message>
        <source>Decision for the line chosen</source>
        <translation>Decisione per la riga scelta</translation>
    </message>
    <message>
        <source>&amp;Keep this computer's value</source>
        <translation>&amp;Tieni il valore di questo computer</translation>
    </message>
    <message>
        <source>&amp;Take the other computer's value</source>
        <translation>&amp;Prendi il valore dell'altro computer</translation>
    </message>
    <message>
        <source>T&amp;ype a value:</source>
        <translation>&amp;Scrivi un valore:</translation>
    </message>
    <message>
        <source>&amp;Resolved</source>
        <translation>&amp;Risolto</translation>
    </message>
    <message>
        <source>No conflicts to review: every exchange merged without one.</source>
        <translation>Nessun conflitto da esaminare: ogni scambio è stato integrato senza conflitti.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Other computer</source>
        <translation>Altro computer</translation>
    </message>
    <message>
        <source>%1 in %2 to decide. The value marked ✓ is the one the exchange kept for now.</source>
        <translation>%1 in %2 da decidere. Il valore segnato con ✓ è quello che lo scambio ha tenuto per ora.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>A similar person exists: %1 (%2)</source>
        <translation>Esiste già una persona simile: %1 (%2)</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nuovo colloquio…</translation>
    </message>
    <message>
        <source>Record a Meeting Point visit of this person</source>
        <translation>Registra un colloquio al Meeting Point di questa persona</translation>
    </message>
    <message>
        <source>Contact file with all visits</source>
        <translation>Fascicolo della persona con tutti i colloqui</translation>
    </message>
    <message>
        <source>Privacy notice and consent form</source>
        <translation>Informativa privacy e modulo di consenso</translation>
    </message>
    <message>
        <source>Everything held on this person (access request)</source>
        <translation>Tutti i dati della persona (richiesta di accesso)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Cancella i dati personali…</translation>
    </message>
    <message>
        <source>Explicit consent withdrawn</source>
        <translation>Consenso esplicito revocato</translation>
    </message>
    <message>
        <source>Without the explicit consent, disability and mental-health issues cannot be kept: they will be cleared when you save. Untick the consent?</source>
        <translation>Senza il consenso esplicito, la disabilità e il disagio psichico non possono essere conservati: verranno cancellati al salvataggio. Togliere la spunta al consenso?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non noto</translation>
    </message>
    <message>
        <source>Visits: none yet.</source>
        <translation>Colloqui: nessuno finora.</translation>
    </message>
    <message>
        <source>Visits: %1, the last on %2.</source>
        <translation>Colloqui: %1, l'ultimo il %2.</translation>
    </message>
    <message>
        <source>NEET contact</source>
        <translation>Contatto NEET</translation>
    </message>
    <message>
        <source>Open &amp;it</source>
        <translation>Apri &amp;quella</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Cogno&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>G&amp;enere:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Data di n&amp;ascita:</translation>
    </message>
    <message>
        <source>Birthpla&amp;ce:</source>
        <translation>&amp;Luogo di nascita:</translation>
    </message>
    <message>
        <source>Codice fi&amp;scale:</source>
        <translation>Codice &amp;fiscale:</translation>
    </message>
    <message>
        <source>Fill from the co&amp;dice fiscale</source>
        <translation>Comp&amp;ila dal codice fiscale</translation>
    </message>
    <message>
        <source>Ci&amp;tizenship:</source>
        <translation>Cittadinan&amp;za:</translation>
    </message>
    <message>
        <source>&amp;Residence and contacts</source>
        <translation>Resi&amp;denza e recapiti</translation>
    </message>
    <message>
        <source>&amp;Municipality of residence:</source>
        <translation>Comune di &amp;residenza:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>C&amp;AP:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>T&amp;elefono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Sit&amp;uation</source>
        <translation>Sit&amp;uazione</translation>
    </message>
    <message>
        <source>Educa&amp;tion level:</source>
        <translation>T&amp;itolo di studio:</translation>
    </message>
    <message>
        <source>&amp;Labour status:</source>
        <translation>Condizione &amp;lavorativa:</translation>
    </message>
    <message>
        <source>&amp;Months in this status:</source>
        <translation>&amp;Mesi in questa condizione:</translation>
    </message>
    <message>
        <source>Registered with the Youth &amp;Guarantee</source>
        <translation>Iscritto/&amp;a a Garanzia Giovani</translation>
    </message>
    <message>
        <source>How they hear&amp;d of us:</source>
        <translation>Come ci &amp;ha conosciuto:</translation>
    </message>
    <message>
        <source>&amp;Sectors of interest:</source>
        <translation>S&amp;ettori di interesse:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Privac&amp;y</source>
        <translation>Privac&amp;y</translation>
    </message>
    <message>
        <source>Privacy notice &amp;version:</source>
        <translation>&amp;Versione dell'informativa privacy:</translation>
    </message>
    <message>
        <source>Notice &amp;signed on:</source>
        <translation>Informativa &amp;firmata il:</translation>
    </message>
    <message>
        <source>&amp;Consents to be contacted</source>
        <translation>Consente &amp;a essere ricontattato/a</translation>
    </message>
    <message>
        <source>&amp;Guardian (for minors):</source>
        <translation>Genitore o tutore (per &amp;i minori):</translation>
    </message>
    <message>
        <source>Guardian's co&amp;nsent signed</source>
        <translation>Co&amp;nsenso del genitore o tutore firmato</translation>
    </message>
    <message>
        <source>Vulnerable &amp;groups</source>
        <translation>&amp;Gruppi vulnerabili</translation>
    </message>
    <message>
        <source>Caring &amp;responsibilities (children or relatives)</source>
        <translation>&amp;Responsabilità di cura (figli o familiari)</translation>
    </message>
    <message>
        <source>Belongs to a &amp;minority</source>
        <translation>Appartiene a una &amp;minoranza</translation>
    </message>
    <message>
        <source>As&amp;ylum seeker or refugee</source>
        <translation>Richiedente as&amp;ilo o rifugiato</translation>
    </message>
    <message>
        <source>Long-term unemployed:</source>
        <translation>Disoccupato di lunga durata:</translation>
    </message>
    <message>
        <source>Low-skilled:</source>
        <translation>Bassa qualificazione:</translation>
    </message>
    <message>
        <source>Special-category data (GDPR art. 9)</source>
        <translation>Dati particolari (art. 9 GDPR)</translation>
    </message>
    <message>
        <source>Recorded only with the person's explicit written consent. Never shown in lists, never exported unless asked for.</source>
        <translation>Registrati solo con il consenso esplicito scritto della persona. Mai mostrati negli elenchi, mai esportati se non richiesto.</translation>
    </message>
    <message>
        <source>E&amp;xplicit consent to special-category data</source>
        <translation>Consenso &amp;esplicito ai dati particolari</translation>
    </message>
    <message>
        <source>Consent given &amp;on:</source>
        <translation>Consenso dato i&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Disability</source>
        <translation>Dis&amp;abilità</translation>
    </message>
    <message>
        <source>Mental-&amp;health issues</source>
        <translation>Disagio psic&amp;hico</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>Perc&amp;orso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Che cosa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>New &amp;outcome…</source>
        <translation>Nuovo &amp;esito…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>ContactPersonEditor</name>
    <message>
        <source>Contact person</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>CoopAnswerEditor</name>
    <message>
        <source>Organisations &amp;named</source>
        <translation>Organizzazioni &amp;indicate</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relazioni</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensità</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>New organisation &amp;named…</source>
        <translation>&amp;Nuova organizzazione indicata…</translation>
    </message>
    <message>
        <source>Cooperation questionnaire</source>
        <translation>Questionario sulla cooperazione</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Organisation answering:</source>
        <translation>&amp;Organizzazione che risponde:</translation>
    </message>
    <message>
        <source>&amp;Answered on:</source>
        <translation>&amp;Risposto il:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Chi ha risposto:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;uolo:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>CoopTieEditor</name>
    <message>
        <source>Organisation named in a questionnaire</source>
        <translation>Organizzazione indicata in un questionario</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Organisation named:</source>
        <translation>&amp;Organizzazione indicata:</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Relazioni:</translation>
    </message>
    <message>
        <source>Exchange of &amp;information</source>
        <translation>Scambio di &amp;informazioni</translation>
    </message>
    <message>
        <source>&amp;Referral of young people</source>
        <translation>Invio &amp;di giovani</translation>
    </message>
    <message>
        <source>&amp;Joint project</source>
        <translation>&amp;Progetto comune</translation>
    </message>
    <message>
        <source>&amp;Shared resources or premises</source>
        <translation>Risorse o locali &amp;condivisi</translation>
    </message>
    <message>
        <source>&amp;Formal agreement / memorandum</source>
        <translation>&amp;Accordo formale / protocollo d'intesa</translation>
    </message>
    <message>
        <source>In&amp;tensity (1-4):</source>
        <translation>In&amp;tensità (1-4):</translation>
    </message>
    <message>
        <source>Si&amp;nce (year):</source>
        <translation>Da&amp;ll'anno:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tr&amp;ust (1-4):</source>
        <translation>&amp;Fiducia (1-4):</translation>
    </message>
    <message>
        <source>&amp;Value (1-4):</source>
        <translation>&amp;Valore (1-4):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>CooperationMap</name>
    <message>
        <source>the association</source>
        <translation>l'associazione</translation>
    </message>
    <message>
        <source>Cooperation map</source>
        <translation>Mappa della cooperazione</translation>
    </message>
    <message>
        <source>Co-&amp;attendance</source>
        <translation>I&amp;ncontri in comune</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionario</translation>
    </message>
    <message>
        <source>A&amp;greements</source>
        <translation>A&amp;ccordi</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Aggi&amp;orna</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Settore</translation>
    </message>
    <message>
        <source>Minimum &amp;intensity</source>
        <translation>&amp;Intensità minima</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regola</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>&amp;Ego network</source>
        <translation>Rete p&amp;ersonale</translation>
    </message>
    <message>
        <source>&amp;Whole network</source>
        <translation>&amp;Tutta la rete</translation>
    </message>
    <message>
        <source>Re&amp;do the layout</source>
        <translation>Ri&amp;fai la disposizione</translation>
    </message>
    <message>
        <source>&amp;Print for funders…</source>
        <translation>Stam&amp;pa per i finanziatori…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>GEXF for Gep&amp;hi…</source>
        <translation>GEXF per &amp;Gephi…</translation>
    </message>
    <message>
        <source>Questionnaire f&amp;orm…</source>
        <translation>Mod&amp;ulo del questionario…</translation>
    </message>
    <message>
        <source>Questionnaire temp&amp;late…</source>
        <translation>Mode&amp;llo del questionario…</translation>
    </message>
    <message>
        <source>I&amp;mport answers…</source>
        <translation>I&amp;mporta le risposte…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;hiudi</translation>
    </message>
    <message>
        <source>To: it cannot be before From.</source>
        <translation>Al: non può essere prima di Dal.</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>Lettura della rete…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <source>* From the questionnaire: %1.</source>
        <translation>* Dal questionario: %1.</translation>
    </message>
    <message>
        <source>No questionnaire ties counted.</source>
        <translation>Nessun legame del questionario contato.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Weighted degree</source>
        <translation>Grado pesato</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermediazione</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Vincolo</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Dimensione efficace</translation>
    </message>
    <message>
        <source>Ego network of %1</source>
        <translation>Rete personale di %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ego network</source>
        <translation>Rete personale</translation>
    </message>
    <message>
        <source>Choose an organisation on the map or in the table first.</source>
        <translation>Scegliere prima un'organizzazione sulla mappa o nella tabella.</translation>
    </message>
    <message>
        <source>Redo the layout</source>
        <translation>Rifai la disposizione</translation>
    </message>
    <message>
        <source>Every organisation gets a new place on the map, and maps drawn before will no longer be comparable with the next ones. Redo the layout?</source>
        <translation>Ogni organizzazione riceve un nuovo posto sulla mappa, e le mappe disegnate prima non saranno più confrontabili con le successive. Rifare la disposizione?</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>Print for funders</source>
        <translation>Stampa per i finanziatori</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Esporta gli indicatori</translation>
    </message>
    <message>
        <source>Cooperation indicators</source>
        <translation>Indicatori della cooperazione</translation>
    </message>
    <message>
        <source>Export for Gephi</source>
        <translation>Esporta per Gephi</translation>
    </message>
    <message>
        <source>Cooperation network</source>
        <translation>Rete di cooperazione</translation>
    </message>
    <message>
        <source>Cooperation questionnaire</source>
        <translation>Questionario sulla cooperazione</translation>
    </message>
    <message>
        <source>Print the questionnaire</source>
        <translation>Stampa il questionario</translation>
    </message>
    <message>
        <source>Questionnaire template</source>
        <translation>Modello del questionario</translation>
    </message>
    <message>
        <source>Import a questionnaire</source>
        <translation>Importa un questionario</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… e altri %1.</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Non è stato importato nulla:
%1</translation>
    </message>
    <message>
        <source>The answer of %1 names %2 organisations. Save it?</source>
        <translation>La risposta di %1 indica %2 organizzazioni. Salvarla?</translation>
    </message>
    <message>
        <source>Cooperation &amp;map…</source>
        <translation>&amp;Mappa della cooperazione…</translation>
    </message>
    <message>
        <source>%1
%2 · %3 ties</source>
        <translation>%1
%2 · %3 legami</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln scheda</numerusform>
            <numerusform>%Ln schede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 hours in %Ln week(s) recorded</source>
        <translation>
            <numerusform>Totale: %1 ore in %Ln settimana registrata</numerusform>
            <numerusform>Totale: %1 ore in %Ln settimane registrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only the %Ln record(s) chosen</source>
        <translation>
            <numerusform>S&amp;olo %Ln scheda scelta</numerusform>
            <numerusform>S&amp;olo le %Ln schede scelte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The &amp;whole list (%Ln)</source>
        <translation>
            <numerusform>&amp;Tutto l'elenco (%Ln)</numerusform>
            <numerusform>&amp;Tutto l'elenco (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln record(s)…</source>
        <translation>
            <numerusform>Esportazione di %Ln scheda…</numerusform>
            <numerusform>Esportazione di %Ln schede…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) shown</source>
        <translation>
            <numerusform>%Ln scheda mostrata</numerusform>
            <numerusform>%Ln schede mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) in all</source>
        <translation>
            <numerusform>%Ln scheda in tutto</numerusform>
            <numerusform>%Ln schede in tutto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln record(s)…</source>
        <translation>
            <numerusform>&amp;Elimina %Ln scheda…</numerusform>
            <numerusform>&amp;Elimina %Ln schede…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>E&amp;xport %Ln record(s) to Excel…</source>
        <translation>
            <numerusform>Esporta %Ln scheda in E&amp;xcel…</numerusform>
            <numerusform>Esporta %Ln schede in E&amp;xcel…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln record(s) to the recycle bin? They can be restored from there.</source>
        <translation>
            <numerusform>Spostare %Ln scheda nel cestino? Potrà essere ripristinata da lì.</numerusform>
            <numerusform>Spostare %Ln schede nel cestino? Potranno essere ripristinate da lì.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %Ln record(s)</source>
        <translation>
            <numerusform>più di %Ln scheda</numerusform>
            <numerusform>più di %Ln schede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) by selection</source>
        <translation>
            <numerusform>%n filtro per selezione</numerusform>
            <numerusform>%n filtri per selezione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflitto aperto da esaminare</numerusform>
            <numerusform>%Ln conflitti aperti da esaminare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln campo</numerusform>
            <numerusform>%Ln campi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modifica</numerusform>
            <numerusform>%Ln modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %Ln conflict(s) of the exchanges</source>
        <translation>
            <numerusform>&amp;Esamina %Ln conflitto degli scambi</numerusform>
            <numerusform>&amp;Esamina %Ln conflitti degli scambi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>E&amp;nrolments</source>
        <translation>&amp;Iscrizioni</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Iscritto il</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Data dello stato</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestato</translation>
    </message>
    <message>
        <source>Ne&amp;w enrolment…</source>
        <translation>Nuova iscri&amp;zione…</translation>
    </message>
    <message>
        <source>Type the code or part of the title</source>
        <translation>Scrivere il codice o parte del titolo</translation>
    </message>
    <message>
        <source>Add the sessions (Sessions tab) and save: </source>
        <translation>Aggiungere le lezioni (scheda Lezioni) e salvare: </translation>
    </message>
    <message>
        <source>their columns appear here.</source>
        <translation>qui compaiono le loro colonne.</translation>
    </message>
    <message>
        <source>Attendance changed elsewhere</source>
        <translation>Presenze modificate altrove</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Signature register of a session…</source>
        <translation>Registro firme di una lezione…</translation>
    </message>
    <message>
        <source>Blank signature register of a session…</source>
        <translation>Registro firme in bianco di una lezione…</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Riepilogo delle presenze</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Nessuna lezione</translation>
    </message>
    <message>
        <source>The course has no saved sessions yet: add them and save.</source>
        <translation>Il corso non ha ancora lezioni salvate: aggiungerle e salvare.</translation>
    </message>
    <message>
        <source>Signature register</source>
        <translation>Registro firme</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Lezione:</translation>
    </message>
    <message>
        <source>signature-register</source>
        <translation>registro-firme</translation>
    </message>
    <message>
        <source>attendance-summary</source>
        <translation>riepilogo-presenze</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Session in row %1: the date is missing or is not one (dd/mm/yyyy).</source>
        <translation>Lezione alla riga %1: la data manca o non è una data (gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>Session in row %1: %2 is not a time (hh:mm).</source>
        <translation>Lezione alla riga %1: %2 non è un orario (hh:mm).</translation>
    </message>
    <message>
        <source>Session in row %1: the end must be after the start.</source>
        <translation>Lezione alla riga %1: la fine deve essere successiva all'inizio.</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Corso di formazione</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;olo:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>S&amp;ettore:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Soggetto e&amp;rogatore:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Se&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Data di ini&amp;zio:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Data di &amp;fine:</translation>
    </message>
    <message>
        <source>Hours &amp;planned:</source>
        <translation>Ore pre&amp;viste:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>For&amp;matore:</translation>
    </message>
    <message>
        <source>Pla&amp;ces:</source>
        <translation>&amp;Posti:</translation>
    </message>
    <message>
        <source>&amp;Minimum attendance %:</source>
        <translation>Fre&amp;quenza minima %:</translation>
    </message>
    <message>
        <source>Project &amp;activity:</source>
        <translation>&amp;Attività di progetto:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>&amp;Lezioni</translation>
    </message>
    <message>
        <source>One row a session: date, start, end, topic. Type in the empty last row to add one; Delete removes the chosen rows.</source>
        <translation>Una riga per lezione: data, inizio, fine, argomento. Scrivere nell'ultima riga vuota per aggiungerne una; Canc elimina le righe scelte.</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Rimuovi lezione</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Pre&amp;senze</translation>
    </message>
    <message>
        <source>Space: present / absent; J: justified; Delete: not recorded; arrows move. Type a number to change the hours of a present cell.</source>
        <translation>Spazio: presente / assente; J: assente giustificato (G); Canc: non registrato; le frecce spostano. Scrivere un numero per cambiare le ore di una cella presente.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Impossibile aprire il database: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 è una cartella, non un file.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as a database. It was not modified.</source>
        <translation>%1 è danneggiato e non può essere letto come database. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a SocialNEET database. It was not opened and not modified.</source>
        <translation>%1 è un database SQLite di un altro programma, non di SocialNEET. Non è stato aperto né modificato.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SocialNEET Desktop. Install the latest version to open it. The file was not modified.</source>
        <translation>%1 è stato scritto da una versione più recente di SocialNEET Desktop. Installare l'ultima versione per aprirlo. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a SocialNEET database.</source>
        <translation>%1 è vuoto: non è un database SocialNEET.</translation>
    </message>
    <message>
        <source>%1 is a Microsoft Access file. Use File &gt; Import from Access to bring its data over. The file was not modified.</source>
        <translation>%1 è un file di Microsoft Access. Usare File &gt; Importa da Access per trasferirne i dati. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is not a SocialNEET database (it is not a SQLite file).</source>
        <translation>%1 non è un database SocialNEET (non è un file SQLite).</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it.</source>
        <translation>%1 è cifrato: per aprirlo serve la sua password.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1: it is not this file's passphrase, or the file is not a SocialNEET database. The file was not modified.</source>
        <translation>La password non apre %1: non è la password di questo file, oppure il file non è un database SocialNEET. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is in use by %2 on %3 since %4. It can be opened read-only.</source>
        <translation>%1 è in uso da parte di %2 sul computer %3 dalle %4. Si può aprire in sola lettura.</translation>
    </message>
    <message>
        <source>%1 is in use by %2 on %3 since %4 at %5. It can be opened read-only.</source>
        <translation>%1 è in uso da parte di %2 sul computer %3 dal %4 alle %5. Si può aprire in sola lettura.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of SocialNEET Desktop and must be upgraded before it is used, which cannot be done read-only. Open it read-write on the computer that keeps it.</source>
        <translation>%1 è stato scritto da una versione precedente di SocialNEET Desktop e va aggiornato prima dell'uso, cosa che in sola lettura non si può fare. Aprirlo in lettura e scrittura sul computer che lo conserva.</translation>
    </message>
    <message>
        <source>%1 is on a shared network folder. SocialNEET Desktop does not change a database there: SQLite's file locking over shared folders is unreliable, and two computers writing to the same file can damage it. It can be opened read-only. To work on it together, use the office server database; to work on it alone, copy the file to this computer and open the copy.</source>
        <translation>%1 si trova in una cartella di rete condivisa. SocialNEET Desktop non modifica un database in quella posizione: il blocco dei file di SQLite sulle cartelle condivise non è affidabile e due computer che scrivono nello stesso file possono danneggiarlo. Si può aprire in sola lettura. Per lavorarci insieme usare il database sul server dell'ufficio; per lavorarci da soli copiare il file su questo computer e aprire la copia.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database cannot be opened or created there. Check the path (or connect the drive it is on), or create the folder first.</source>
        <translation>La cartella %1 non esiste, quindi non vi si può aprire né creare il database. Controllare il percorso (o collegare l'unità su cui si trova) oppure creare prima la cartella.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: the database cannot be opened or created in it.</source>
        <translation>%1 è un file, non una cartella: non vi si può aprire né creare il database.</translation>
    </message>
</context>
<context>
    <name>DeciderDialog</name>
    <message>
        <source>Confirm the proposal</source>
        <translation>Conferma la proposta</translation>
    </message>
    <message>
        <source>Confirm %1 for this need? The need and the resource become matched; you (%2) are recorded as who decided.</source>
        <translation>Confermare %1 per questo bisogno? Il bisogno e la risorsa risulteranno abbinati; come autore della decisione viene registrato l'utente attuale (%2).</translation>
    </message>
    <message>
        <source>Decided by (&amp;staff member):</source>
        <translation>Decisa da (&amp;operatore):</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Conferma</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encryption is not available: the SQLCipher library (sqlcipher3) is not installed.</source>
        <translation>La cifratura non è disponibile: la libreria SQLCipher (sqlcipher3) non è installata.</translation>
    </message>
    <message>
        <source>The converted copy of %1 did not pass its check, so the file was left as it was: %2</source>
        <translation>La copia convertita di %1 non ha superato il controllo, quindi il file è rimasto com'era: %2</translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation>%1 è già cifrato.</translation>
    </message>
    <message>
        <source>%1 is not encrypted.</source>
        <translation>%1 non è cifrato.</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>La password deve essere lunga almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Il file della password %1 non si può leggere: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Il file della password %1 è vuoto.</translation>
    </message>
</context>
<context>
    <name>EncryptionDialogs</name>
    <message>
        <source>Encrypt this database</source>
        <translation>Cifra questo database</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambia la password</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Rimuovi la cifratura</translation>
    </message>
    <message>
        <source>Encr&amp;yption</source>
        <translation>&amp;Cifratura</translation>
    </message>
    <message>
        <source>&amp;Encrypt this database…</source>
        <translation>&amp;Cifra questo database…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Cambia la &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Decrypt…</source>
        <translation>&amp;Rimuovi la cifratura…</translation>
    </message>
    <message>
        <source>The passphrase was changed, for the backups too.</source>
        <translation>La password è stata cambiata, anche per i backup.</translation>
    </message>
    <message>
        <source>%1 and its backups will be readable again by anyone who has the file, e.g. on a lost laptop. Decrypt them?</source>
        <translation>%1 e i suoi backup torneranno leggibili da chiunque abbia il file, per esempio su un portatile smarrito. Rimuovere la cifratura?</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Salva il foglio di recupero</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <source>&amp;Encrypt (recommended for laptops)</source>
        <translation>&amp;Cifrare (consigliato per i portatili)</translation>
    </message>
    <message>
        <source>Give the current passphrase of %1, then the new one twice.</source>
        <translation>Scrivere la password attuale di %1, poi due volte quella nuova.</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ripeterla:</translation>
    </message>
    <message>
        <source>Re&amp;member it on this computer (for this Windows user)</source>
        <translation>Ricor&amp;darla su questo computer (per questo utente di Windows)</translation>
    </message>
    <message>
        <source>Save a recovery &amp;sheet to print (PDF)</source>
        <translation>Salvare un &amp;foglio di recupero da stampare (PDF)</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>La password attuale non è giusta.</translation>
    </message>
    <message>
        <source>%1 and its backups are encrypted now.</source>
        <translation>%1 e i suoi backup ora sono cifrati.</translation>
    </message>
    <message>
        <source>%1 and its backups are no longer encrypted.</source>
        <translation>%1 e i suoi backup non sono più cifrati.</translation>
    </message>
    <message>
        <source>A new database will be created: %1</source>
        <translation>Verrà creato un nuovo database: %1</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>The new database %1 will be encrypted: choose its passphrase. Without it nobody can open the file or its backups.</source>
        <translation>Il nuovo database %1 sarà cifrato: sceglierne la password. Senza di essa nessuno può aprire il file o i suoi backup.</translation>
    </message>
    <message>
        <source>%1 and its backups will be encrypted: a lost laptop or USB stick shows nothing of them. Without the passphrase nobody can open them, the association included.</source>
        <translation>%1 e i suoi backup saranno cifrati: un portatile o una chiavetta USB smarriti non ne mostrano nulla. Senza la password nessuno può aprirli, nemmeno l'associazione.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>At least %1 characters; a sentence is easy to remember.</source>
        <translation>Almeno %1 caratteri; una frase è facile da ricordare.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambia</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached now: its backups stay as they were.</source>
        <translation>La cartella dei backup %1 ora non è raggiungibile: i suoi backup restano come erano.</translation>
    </message>
    <message>
        <source>These backups could not be converted: %1</source>
        <translation>Questi backup non si sono potuti convertire: %1</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifra</translation>
    </message>
</context>
<context>
    <name>EnrolmentEditor</name>
    <message>
        <source>Enrolment</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>C&amp;orso:</translation>
    </message>
    <message>
        <source>&amp;Enrolled on:</source>
        <translation>&amp;Iscritto il:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Date of the status:</source>
        <translation>&amp;Data dello stato:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Certificate &amp;obtained</source>
        <translation>&amp;Attestato ottenuto</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>Exported on %1</source>
        <translation>Esportato il %1</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>exchange packages with laptops and the office</source>
        <translation>scambia pacchetti con i portatili e l'ufficio</translation>
    </message>
    <message>
        <source>this computer's name</source>
        <translation>il nome di questo computer</translation>
    </message>
    <message>
        <source>rename it</source>
        <translation>cambia il nome</translation>
    </message>
    <message>
        <source>prepare a package</source>
        <translation>prepara un pacchetto</translation>
    </message>
    <message>
        <source>what this device (name or id) has not received yet</source>
        <translation>ciò che questo computer (nome o id) non ha ancora ricevuto</translation>
    </message>
    <message>
        <source>everything, for a new laptop</source>
        <translation>tutto, per un nuovo portatile</translation>
    </message>
    <message>
        <source>receive a package</source>
        <translation>riceve un pacchetto</translation>
    </message>
    <message>
        <source>list the open conflicts</source>
        <translation>elenca i conflitti aperti</translation>
    </message>
    <message>
        <source>a file whose first line is the exchange passphrase</source>
        <translation>un file la cui prima riga è la password di scambio</translation>
    </message>
    <message>
        <source>This device: %1 (%2)</source>
        <translation>Questo computer: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Package %1: %2 changes of %3 records, for %4.</source>
        <translation>Pacchetto %1: %2 modifiche di %3 schede, per %4.</translation>
    </message>
    <message>
        <source>a new laptop (everything)</source>
        <translation>un nuovo portatile (tutto)</translation>
    </message>
    <message>
        <source>Received from %1:</source>
        <translation>Ricevuto da %1:</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>schede create: %1</translation>
    </message>
    <message>
        <source>updated: %1</source>
        <translation>schede aggiornate: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>schede invariate: %1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflitti: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>modifiche rifiutate: %1</translation>
    </message>
    <message>
        <source>changes of erased people dropped: %1</source>
        <translation>modifiche di persone cancellate, scartate: %1</translation>
    </message>
    <message>
        <source>possible duplicates: %1</source>
        <translation>possibili doppioni: %1</translation>
    </message>
    <message>
        <source>The package %1 comes from a newer version of SocialNEET (database revision %2): update this program first, then receive it again.</source>
        <translation>Il pacchetto %1 viene da una versione più recente di SocialNEET (revisione del database %2): aggiornare prima questo programma, poi riceverlo di nuovo.</translation>
    </message>
    <message>
        <source>The package %1 was prepared by this database: it has nothing new for it.</source>
        <translation>Il pacchetto %1 è stato preparato da questo database: non contiene nulla di nuovo per esso.</translation>
    </message>
    <message>
        <source>Records of a kind this version does not know (%1): update this program.</source>
        <translation>Schede di un tipo che questa versione non conosce (%1): aggiornare questo programma.</translation>
    </message>
    <message>
        <source>A record of %1 (%2) is not in this database and the package does not hold its creation.</source>
        <translation>Una scheda di %1 (%2) non è in questo database e il pacchetto non ne contiene la creazione.</translation>
    </message>
    <message>
        <source>A record of %1 (%2) was not created: its field %3 names a record this database lacks.</source>
        <translation>Una scheda di %1 (%2) non è stata creata: il suo campo %3 indica una scheda che manca in questo database.</translation>
    </message>
    <message>
        <source>The device name is empty: give it a name.</source>
        <translation>Il nome del computer è vuoto: dargli un nome.</translation>
    </message>
    <message>
        <source>The device name is too long: at most %1 characters, it has %2.</source>
        <translation>Il nome del computer è troppo lungo: al massimo %1 caratteri, ne ha %2.</translation>
    </message>
    <message>
        <source>No device named %1 has exchanged packages with this database.</source>
        <translation>Nessun computer di nome %1 ha scambiato pacchetti con questo database.</translation>
    </message>
    <message>
        <source>%1 is not an exchange package of SocialNEET.</source>
        <translation>%1 non è un pacchetto di scambio di SocialNEET.</translation>
    </message>
    <message>
        <source>The package %1 is damaged (%2): ask for it again. Nothing was changed.</source>
        <translation>Il pacchetto %1 è danneggiato (%2): richiederlo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The exchange passphrase is wrong for the package %1: it was made with another one.</source>
        <translation>La password di scambio non è giusta per il pacchetto %1: è stato fatto con un'altra.</translation>
    </message>
    <message>
        <source>The package %1 was made by a newer version of SocialNEET (package format %2): update this program first, then receive it again.</source>
        <translation>Il pacchetto %1 è stato fatto da una versione più recente di SocialNEET (formato del pacchetto %2): aggiornare prima questo programma, poi riceverlo di nuovo.</translation>
    </message>
    <message>
        <source>The exchange passphrase is too short: at least %1 characters.</source>
        <translation>La password di scambio è troppo corta: almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>No exchange passphrase: set SOCIALNEET_EXCHANGE_PASSPHRASE or give --passphrase-file.</source>
        <translation>Nessuna password di scambio: impostare SOCIALNEET_EXCHANGE_PASSPHRASE o indicare --passphrase-file.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Prepare a package</source>
        <translation>Prepara un pacchetto</translation>
    </message>
    <message>
        <source>The package for %4 was saved in %1: %2 of %3 it has not had yet.</source>
        <translation>Il pacchetto per %4 è stato salvato in %1: %2 di %3 che non ha ancora ricevuto.</translation>
    </message>
    <message>
        <source>Receive a package</source>
        <translation>Ricevi un pacchetto</translation>
    </message>
    <message>
        <source>This computer's name</source>
        <translation>Nome di questo computer</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pacchetto</translation>
    </message>
    <message>
        <source>A full package was saved in %1: %2 of %3, for a new laptop.</source>
        <translation>È stato salvato in %1 un pacchetto completo: %2 di %3, per un nuovo portatile.</translation>
    </message>
    <message>
        <source>SocialNEET exchange package (*.snx)</source>
        <translation>Pacchetto di scambio SocialNEET (*.snx)</translation>
    </message>
    <message>
        <source>A new laptop (a full copy of this database)</source>
        <translation>Un nuovo portatile (una copia completa di questo database)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Per:</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Scegli dove salvare…</translation>
    </message>
    <message>
        <source>package for %1</source>
        <translation>pacchetto per %1</translation>
    </message>
    <message>
        <source>Preparing the package…</source>
        <translation>Preparazione del pacchetto…</translation>
    </message>
    <message>
        <source>The name the other computers see (e.g. “Portatile Anna”):</source>
        <translation>Il nome che vedono gli altri computer (es. “Portatile Anna”):</translation>
    </message>
    <message>
        <source>A package carries what this computer (%1) has and the other has not received yet. Take it to the other computer by USB stick or e-mail; it is encrypted.</source>
        <translation>Un pacchetto porta ciò che questo computer (%1) ha e l'altro non ha ancora ricevuto. Portarlo all'altro computer con una chiavetta USB o per e-mail: è cifrato.</translation>
    </message>
    <message>
        <source>Receiving the package…</source>
        <translation>Ricezione del pacchetto…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>&amp;Merge the two selected records…</source>
        <translation>&amp;Unisci le due schede scelte…</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>Sca&amp;mbio</translation>
    </message>
    <message>
        <source>&amp;Prepare a package for…</source>
        <translation>&amp;Prepara un pacchetto per…</translation>
    </message>
    <message>
        <source>&amp;Receive a package…</source>
        <translation>&amp;Ricevi un pacchetto…</translation>
    </message>
    <message>
        <source>This computer's &amp;name…</source>
        <translation>&amp;Nome di questo computer…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>Con&amp;flitti…</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Unione di due schede</translation>
    </message>
    <message>
        <source>Choose two rows of the same list (Ctrl+click), the two records that are the same person or organisation, then merge them.</source>
        <translation>Scegliere due righe dello stesso elenco (Ctrl+clic), le due schede che sono la stessa persona o organizzazione, poi unirle.</translation>
    </message>
    <message>
        <source>Exchange passphrase</source>
        <translation>Password di scambio</translation>
    </message>
    <message>
        <source>The packages are encrypted with the association's exchange passphrase: the same on every computer that exchanges packages.</source>
        <translation>I pacchetti sono cifrati con la password di scambio dell'associazione: la stessa su ogni computer che scambia pacchetti.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer (credential store)</source>
        <translation>&amp;Ricordarla su questo computer (Gestore credenziali)</translation>
    </message>
    <message>
        <source>This computer has no credential store: the passphrase will be asked again.</source>
        <translation>Questo computer non ha un Gestore credenziali: la password verrà chiesta di nuovo.</translation>
    </message>
    <message>
        <source>&amp;Again, to confirm:</source>
        <translation>&amp;Di nuovo, per conferma:</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Le due password sono diverse: scrivere due volte la stessa.</translation>
    </message>
    <message>
        <source>Package received</source>
        <translation>Pacchetto ricevuto</translation>
    </message>
    <message>
        <source>Records created:</source>
        <translation>Schede create:</translation>
    </message>
    <message>
        <source>Records updated:</source>
        <translation>Schede aggiornate:</translation>
    </message>
    <message>
        <source>Records unchanged:</source>
        <translation>Schede invariate:</translation>
    </message>
    <message>
        <source>Conflicts to review:</source>
        <translation>Conflitti da esaminare:</translation>
    </message>
    <message>
        <source>Changes refused:</source>
        <translation>Modifiche rifiutate:</translation>
    </message>
    <message>
        <source>Changes for erased people, dropped:</source>
        <translation>Modifiche per persone cancellate, scartate:</translation>
    </message>
    <message>
        <source>Changes for merged records, moved to the record kept:</source>
        <translation>Modifiche per schede unite, spostate sulla scheda che resta:</translation>
    </message>
    <message>
        <source>Possible duplicates:</source>
        <translation>Possibili doppioni:</translation>
    </message>
    <message>
        <source>%1 (received) — %2 (already here): %3</source>
        <translation>%1 (ricevuta) — %2 (già presente): %3</translation>
    </message>
    <message>
        <source>Review the &amp;conflicts…</source>
        <translation>Esamina i &amp;conflitti…</translation>
    </message>
    <message>
        <source>&amp;Merge the two records…</source>
        <translation>&amp;Unisci le due schede…</translation>
    </message>
    <message>
        <source>&lt;b&gt;From %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Da %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Records that may be the same as one already here:</source>
        <translation>Schede che potrebbero essere uguali a una già presente:</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Search: %1</source>
        <translation>Ricerca: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Esporta in Excel</translation>
    </message>
    <message>
        <source>The workbook was written to %1. Open it now?</source>
        <translation>Il file Excel è stato salvato in %1. Aprirlo ora?</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>Non è stato possibile salvare il file Excel: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Identifiable export</source>
        <translation>Esportazione identificabile</translation>
    </message>
    <message>
        <source>The workbook will contain names, codici fiscali, phone numbers, e-mails and addresses. Keep it safe and share it only when the law allows. Continue?</source>
        <translation>Il file Excel conterrà nomi, codici fiscali, numeri di telefono, e-mail e indirizzi. Conservarlo in modo sicuro e condividerlo solo quando la legge lo consente. Continuare?</translation>
    </message>
    <message>
        <source>Include names and contact details? Answer No for a pseudonymous export (a code and the age band instead of names).</source>
        <translation>Includere nomi e recapiti? Rispondere No per un'esportazione pseudonimizzata (un codice e la fascia d'età al posto dei nomi).</translation>
    </message>
    <message>
        <source>Include the special-category data (disability, mental health: GDPR art. 9)? Answer Yes only if the recipient needs them and may hold them.</source>
        <translation>Includere i dati particolari (disabilità, disagio psichico: art. 9 GDPR)? Rispondere Sì solo se il destinatario ne ha bisogno e può conservarli.</translation>
    </message>
    <message>
        <source>Export only the records chosen in the list?</source>
        <translation>Esportare solo le schede scelte nell'elenco?</translation>
    </message>
    <message>
        <source>The &amp;whole list</source>
        <translation>&amp;Tutto l'elenco</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Esportazione di %1…</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Rendiconto per il finanziatore</translation>
    </message>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Include names and contact details (identifiable)</source>
        <translation>Includi nomi e recapiti (identificabile)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Indicator set</source>
        <translation>Set di indicatori</translation>
    </message>
    <message>
        <source>%1: not a date in the form gg/mm/aaaa</source>
        <translation>%1: non è una data nella forma gg/mm/aaaa</translation>
    </message>
    <message>
        <source>To: the end comes before the start</source>
        <translation>Al: la fine precede l'inizio</translation>
    </message>
    <message>
        <source>None (the report's own indicators)</source>
        <translation>Nessuno (solo gli indicatori del rendiconto)</translation>
    </message>
    <message>
        <source>Writing the funder report…</source>
        <translation>Scrittura del rendiconto per il finanziatore…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>%1 is the database open in this program (or one of its files): choose another file.</source>
        <translation>%1 è il database aperto in questo programma (o uno dei suoi file): scegliere un altro file.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Scegliere il file</translation>
    </message>
    <message>
        <source>The spreadsheet to import, and what each of its rows is.</source>
        <translation>Il foglio di calcolo da importare, e che cosa è ciascuna delle sue righe.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>File (.xlsx or .csv):</source>
        <translation>File (.xlsx o .csv):</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Importa come:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicati:</translation>
    </message>
    <message>
        <source>A wrong e-mail, phone…:</source>
        <translation>E-mail, telefono… sbagliati:</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importa da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lettura di %1…</translation>
    </message>
    <message>
        <source>Damaged accented letters</source>
        <translation>Lettere accentate danneggiate</translation>
    </message>
    <message>
        <source>Read it anyway?</source>
        <translation>Leggerlo comunque?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualsiasi data</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to SocialNEET Desktop</source>
        <translation>Benvenuti in SocialNEET Desktop</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Association details missing</source>
        <translation>Mancano i dati dell'associazione</translation>
    </message>
    <message>
        <source>The document cannot be printed: still to be filled in: %1; and this file is read-only.</source>
        <translation>Il documento non si può stampare: resta da compilare: %1; inoltre questo file è in sola lettura.</translation>
    </message>
    <message>
        <source>The document prints the association's details; still to be filled in: %1. Fill them in now?</source>
        <translation>Il documento riporta i dati dell'associazione; resta da compilare: %1. Compilarli ora?</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguiti da fare</translation>
    </message>
    <message>
        <source>Due within (days), or overdue:</source>
        <translation>Da fare entro (giorni), o in ritardo:</translation>
    </message>
    <message>
        <source>&amp;Record the follow-up…</source>
        <translation>&amp;Registra il seguito…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Da fare entro il</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Uscito il</translation>
    </message>
    <message>
        <source>No follow-up is due in the next %1 days, none overdue.</source>
        <translation>Nessun seguito da fare nei prossimi %1 giorni, nessuno in ritardo.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (in ritardo)</translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Colloqui</translation>
    </message>
    <message>
        <source>Stakeholders met</source>
        <translation>Organizzazioni incontrate</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <source>Young people reached per month</source>
        <translation>Giovani raggiunti per mese</translation>
    </message>
    <message>
        <source>Contacts reached</source>
        <translation>Contatti raggiunti</translation>
    </message>
    <message>
        <source>Young people reached by gender</source>
        <translation>Giovani raggiunti per genere</translation>
    </message>
    <message>
        <source>Young people reached by age band</source>
        <translation>Giovani raggiunti per fascia d'età</translation>
    </message>
    <message>
        <source>Young people leaving the project, by outcome</source>
        <translation>Giovani usciti dal progetto, per esito</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Giovani</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Each chart is drawn from the table at its left.</source>
        <translation>Ogni grafico è tratto dalla tabella alla sua sinistra.</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Sì/No</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Date (gg/mm/aaaa)</source>
        <translation>Data (gg/mm/aaaa)</translation>
    </message>
    <message>
        <source>Time (hh:mm)</source>
        <translation>Ora (hh:mm)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>Contacts reached by month: a person who visited in several months is counted in each of them. So the months add up to more than the contacts reached in the period, where each person counts once.</source>
        <translation>Contatti raggiunti per mese: una persona venuta a colloquio in più mesi è contata in ciascuno di essi. Perciò la somma dei mesi supera i contatti raggiunti nel periodo, dove ogni persona conta una sola volta.</translation>
    </message>
    <message>
        <source>Visits by type: a person with visits of several types is counted under each type, so the contacts of the types add up to more than the contacts reached.</source>
        <translation>Colloqui per tipo: una persona con colloqui di più tipi è contata sotto ciascun tipo, perciò la somma dei contatti dei tipi supera i contatti raggiunti.</translation>
    </message>
    <message>
        <source>Stakeholders met by kind: a meeting with organisations of several kinds is counted under each kind, so the meetings of the kinds add up to more than the meetings held.</source>
        <translation>Organizzazioni incontrate per tipologia: un incontro con organizzazioni di più tipologie è contato sotto ciascuna tipologia, perciò la somma degli incontri delle tipologie supera gli incontri svolti.</translation>
    </message>
    <message>
        <source>Meetings by type: an organisation met in meetings of several types is counted under each type, so the organisations of the types add up to more than the organisations met.</source>
        <translation>Incontri per tipo: un'organizzazione incontrata in incontri di più tipi è contata sotto ciascun tipo, perciò la somma delle organizzazioni dei tipi supera le organizzazioni incontrate.</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per genere</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per fascia d'età</translation>
    </message>
    <message>
        <source>By municipality of residence</source>
        <translation>Per comune di residenza</translation>
    </message>
    <message>
        <source>By education level</source>
        <translation>Per titolo di studio</translation>
    </message>
    <message>
        <source>By labour status</source>
        <translation>Per condizione lavorativa</translation>
    </message>
    <message>
        <source>Outcomes on leaving</source>
        <translation>Esiti all'uscita</translation>
    </message>
    <message>
        <source>Visits by type</source>
        <translation>Colloqui per tipo</translation>
    </message>
    <message>
        <source>Stakeholders met by kind</source>
        <translation>Organizzazioni incontrate per tipologia</translation>
    </message>
    <message>
        <source>Needs and resources</source>
        <translation>Bisogni e risorse</translation>
    </message>
    <message>
        <source>Matches made (proposals confirmed)</source>
        <translation>Abbinamenti fatti (proposte confermate)</translation>
    </message>
    <message>
        <source>Matches satisfied</source>
        <translation>Abbinamenti con esito soddisfatto</translation>
    </message>
    <message>
        <source>Matches not satisfied</source>
        <translation>Abbinamenti con esito non soddisfatto</translation>
    </message>
    <message>
        <source>Resources reused through a match</source>
        <translation>Risorse riutilizzate grazie a un abbinamento</translation>
    </message>
    <message>
        <source>Needs recorded in the period</source>
        <translation>Bisogni registrati nel periodo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Weights of the matching score: %1.</source>
        <translation>Pesi del punteggio di abbinamento: %1.</translation>
    </message>
    <message>
        <source>Total (note %1)</source>
        <translation>Totale (nota %1)</translation>
    </message>
    <message>
        <source>Organisations met</source>
        <translation>Organizzazioni incontrate</translation>
    </message>
    <message>
        <source>Meetings by type</source>
        <translation>Incontri per tipo</translation>
    </message>
    <message>
        <source>Unused resources by category</source>
        <translation>Risorse inutilizzate per categoria</translation>
    </message>
    <message>
        <source>Unused resources by status</source>
        <translation>Risorse inutilizzate per stato</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
        <source>Funder report %1 – %2</source>
        <translation>Rendiconto per il finanziatore %1 – %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Funder report</source>
        <translation>Rendiconto per il finanziatore</translation>
    </message>
    <message>
        <source>Grey empty cells are hidden counts (each has a note); the rule is on the Data dictionary sheet.</source>
        <translation>Le celle grigie vuote sono conteggi nascosti (ciascuna ha una nota); la regola è nel foglio Dizionario dei dati.</translation>
    </message>
    <message>
        <source>Contacts and visits by month</source>
        <translation>Contatti e colloqui per mese</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>NEET contacts reached</source>
        <translation>Contatti NEET raggiunti</translation>
    </message>
    <message>
        <source>Hidden: fewer than %1, or hidden so that such a count cannot be worked out from the totals and the other counts.</source>
        <translation>Nascosto: meno di %1, oppure nascosto perché un tale conteggio non si possa ricavare dai totali e dagli altri conteggi.</translation>
    </message>
    <message>
        <source>Outcomes and visits</source>
        <translation>Esiti e colloqui</translation>
    </message>
    <message>
        <source>Stakeholders and resources</source>
        <translation>Organizzazioni e risorse</translation>
    </message>
    <message>
        <source>Meeting Point visits</source>
        <translation>Colloqui al Meeting Point</translation>
    </message>
    <message>
        <source>Stakeholder meetings</source>
        <translation>Incontri con le organizzazioni</translation>
    </message>
    <message>
        <source>Unused resources surveyed</source>
        <translation>Risorse inutilizzate rilevate</translation>
    </message>
    <message>
        <source>The workbook opens on the Summary, and printing prints the sheet shown (in Excel, Print Active Sheets). The sheets of counts, from the Summary to '%1', take a page or two each: to print them all, click the Summary's tab, then Shift+click the tab of '%1', and print the selected sheets.</source>
        <translation>Il file Excel si apre sul foglio Riepilogo, e la stampa stampa il foglio mostrato (in Excel, Stampa fogli attivi). I fogli dei conteggi, dal Riepilogo a '%1', occupano una o due pagine ciascuno: per stamparli tutti, fare clic sulla linguetta del Riepilogo, poi Maiusc+clic sulla linguetta di '%1', e stampare i fogli selezionati.</translation>
    </message>
    <message>
        <source>The lists of records (%1) are data to sort and filter, a row a record: printed whole they run to many pages, so they are not among the sheets of counts.</source>
        <translation>Gli elenchi di schede (%1) sono dati da ordinare e filtrare, una riga per scheda: stampati per intero occupano molte pagine, perciò non sono tra i fogli dei conteggi.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Data dictionary</source>
        <translation>Dizionario dei dati</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>NEET contacts with at least one Meeting Point visit in the period; each person counts once. Their age band is their age on their first visit in the period.</source>
        <translation>Contatti NEET con almeno un colloquio al Meeting Point nel periodo; ogni persona è contata una sola volta. La fascia d'età è l'età al primo colloquio del periodo.</translation>
    </message>
    <message>
        <source>Meeting Point visits in the period.</source>
        <translation>Colloqui al Meeting Point nel periodo.</translation>
    </message>
    <message>
        <source>Organisations that took part in a meeting in the period.</source>
        <translation>Organizzazioni che hanno partecipato a un incontro nel periodo.</translation>
    </message>
    <message>
        <source>Unused resources surveyed in the period.</source>
        <translation>Risorse inutilizzate rilevate nel periodo.</translation>
    </message>
    <message>
        <source>Young people leaving the project</source>
        <translation>Giovani usciti dal progetto</translation>
    </message>
    <message>
        <source>Young people with an outcome on leaving dated in the period, each once (the later outcome when two were recorded), by its status.</source>
        <translation>Giovani con un esito all'uscita datato nel periodo, ciascuno una volta (l'esito più recente se ne sono stati registrati due), per stato.</translation>
    </message>
    <message>
        <source>Share of the breakdown's total, where its counts add up to it. Empty and grey where the count or the total is hidden.</source>
        <translation>Quota sul totale della ripartizione, dove i conteggi si sommano al totale. Vuota e grigia dove il conteggio o il totale è nascosto.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Counts under %1 hidden, with secondary suppression (%2 cells hidden); person-level sheets only if %3-anonymous</source>
        <translation>Conteggi sotto %1 nascosti, con soppressione secondaria (%2 celle nascoste); fogli per persona solo se %3-anonimi</translation>
    </message>
    <message>
        <source>Sheets left out</source>
        <translation>Fogli esclusi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Identifiable (names and contact details included)</source>
        <translation>Identificabile (nomi e recapiti inclusi)</translation>
    </message>
    <message>
        <source>Primary suppression: counts from 1 to %1 are hidden. Secondary suppression: where a hidden count could be worked out from a total and the other counts of its column, the smallest non-zero count shown in that column is hidden too. The same holds where a row's contacts, never more than its visits, would tell a hidden count. This is repeated over every table until no hidden count can be worked out. Zeros are always shown: they protect nothing. A hidden count is an empty grey cell with a note. Every count shown is exact.</source>
        <translation>Soppressione primaria: i conteggi da 1 a %1 sono nascosti. Soppressione secondaria: dove un conteggio nascosto si potrebbe ricavare da un totale e dagli altri conteggi della sua colonna, si nasconde anche il più piccolo conteggio diverso da zero mostrato in quella colonna. Lo stesso vale dove i contatti di una riga, mai più dei suoi colloqui, rivelerebbero un conteggio nascosto. Si ripete su ogni tabella finché nessun conteggio nascosto si può ricavare. Gli zeri sono sempre mostrati: non proteggono nulla. Un conteggio nascosto è una cella grigia vuota con una nota. Ogni conteggio mostrato è esatto.</translation>
    </message>
    <message>
        <source>Sheets with one row per person or per visit are included only if every combination of the values shown occurs in at least %1 rows. Before the check the values are generalised: month instead of date, province instead of municipality. Months in status, times, staff and person codes are left out.</source>
        <translation>I fogli con una riga per persona o per colloquio sono inclusi solo se ogni combinazione dei valori mostrati compare in almeno %1 righe. Prima del controllo i valori sono generalizzati: il mese invece della data, la provincia invece del comune. Mesi nella condizione, orari, operatori e codici persona sono esclusi.</translation>
    </message>
    <message>
        <source>Left out: %1 of %2 rows have a combination of values shared by fewer than %3 rows, even after generalisation.</source>
        <translation>Escluso: %1 righe su %2 hanno una combinazione di valori condivisa da meno di %3 righe, anche dopo la generalizzazione.</translation>
    </message>
    <message>
        <source>Only in the identifiable workbook: their rows would give away the hidden counts of the Summary (and name staff and owners).</source>
        <translation>Solo nel file Excel identificabile: le loro righe rivelerebbero i conteggi nascosti del Riepilogo (e nominano operatori e proprietari).</translation>
    </message>
    <message>
        <source>Disclosure control</source>
        <translation>Controllo della divulgazione</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Hidden counts</source>
        <translation>Conteggi nascosti</translation>
    </message>
    <message>
        <source>Person-level sheets</source>
        <translation>Fogli per persona</translation>
    </message>
    <message>
        <source>Pseudonymous (no names, codici fiscali, phones, e-mails or addresses)</source>
        <translation>Pseudonimizzato (senza nomi, codici fiscali, telefoni, e-mail o indirizzi)</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Esportato da</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Esportato il</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periodo dal</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo al</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>All records of the period not in the recycle bin</source>
        <translation>Tutte le schede del periodo non nel cestino</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Person codes</source>
        <translation>Codici persona</translation>
    </message>
    <message>
        <source>Key generation %1 of this database</source>
        <translation>Chiave di generazione %1 di questo database</translation>
    </message>
    <message>
        <source>Indicator set</source>
        <translation>Set di indicatori</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Versione dell'applicazione</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <source>Stable pseudonymous code of the person: the same in every export.</source>
        <translation>Codice pseudonimo stabile della persona: lo stesso in ogni esportazione.</translation>
    </message>
    <message>
        <source>Age band on the first visit in the period.</source>
        <translation>Fascia d'età al primo colloquio del periodo.</translation>
    </message>
    <message>
        <source>Municipality (official ISTAT list).</source>
        <translation>Comune (elenco ufficiale ISTAT).</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Cognome.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Nome.</translation>
    </message>
    <message>
        <source>Birth date.</source>
        <translation>Data di nascita.</translation>
    </message>
    <message>
        <source>Codice fiscale.</source>
        <translation>Codice fiscale.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numero di telefono.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Residence address.</source>
        <translation>Indirizzo di residenza.</translation>
    </message>
    <message>
        <source>Gender.</source>
        <translation>Genere.</translation>
    </message>
    <message>
        <source>Citizenship.</source>
        <translation>Cittadinanza.</translation>
    </message>
    <message>
        <source>Highest education level (ISCED).</source>
        <translation>Titolo di studio più alto (ISCED).</translation>
    </message>
    <message>
        <source>Labour status at registration.</source>
        <translation>Condizione lavorativa all'iscrizione.</translation>
    </message>
    <message>
        <source>Months in that labour status.</source>
        <translation>Mesi trascorsi in quella condizione lavorativa.</translation>
    </message>
    <message>
        <source>Registered with the Youth Guarantee.</source>
        <translation>Iscritto/a a Garanzia Giovani.</translation>
    </message>
    <message>
        <source>How they heard of the Meeting Point.</source>
        <translation>Come ha conosciuto il Meeting Point.</translation>
    </message>
    <message>
        <source>Date of the first visit in the period.</source>
        <translation>Data del primo colloquio nel periodo.</translation>
    </message>
    <message>
        <source>Number of visits in the period.</source>
        <translation>Numero di colloqui nel periodo.</translation>
    </message>
    <message>
        <source>Date of the visit.</source>
        <translation>Data del colloquio.</translation>
    </message>
    <message>
        <source>Start time.</source>
        <translation>Ora di inizio.</translation>
    </message>
    <message>
        <source>End time.</source>
        <translation>Ora di fine.</translation>
    </message>
    <message>
        <source>Name of the person.</source>
        <translation>Nome della persona.</translation>
    </message>
    <message>
        <source>Age band on the day of the visit.</source>
        <translation>Fascia d'età il giorno del colloquio.</translation>
    </message>
    <message>
        <source>Type of visit.</source>
        <translation>Tipo di colloquio.</translation>
    </message>
    <message>
        <source>Staff member who held the visit.</source>
        <translation>Operatore che ha svolto il colloquio.</translation>
    </message>
    <message>
        <source>Attendance register signed.</source>
        <translation>Registro presenze firmato.</translation>
    </message>
    <message>
        <source>Summary of the visit (free text).</source>
        <translation>Sintesi del colloquio (testo libero).</translation>
    </message>
    <message>
        <source>Province of residence (abroad for a foreign state); generalised.</source>
        <translation>Provincia di residenza (estero per uno stato estero); generalizzata.</translation>
    </message>
    <message>
        <source>Month of the first visit in the period (mm/yyyy); generalised.</source>
        <translation>Mese del primo colloquio nel periodo (mm/aaaa); generalizzato.</translation>
    </message>
    <message>
        <source>Month of the visit (mm/yyyy); generalised.</source>
        <translation>Mese del colloquio (mm/aaaa); generalizzato.</translation>
    </message>
    <message>
        <source>Name of the organisation.</source>
        <translation>Nome dell'organizzazione.</translation>
    </message>
    <message>
        <source>Kind of organisation.</source>
        <translation>Tipologia di organizzazione.</translation>
    </message>
    <message>
        <source>Tax code or VAT number.</source>
        <translation>Codice fiscale o partita IVA.</translation>
    </message>
    <message>
        <source>Meetings in the period it took part in.</source>
        <translation>Incontri del periodo a cui ha partecipato.</translation>
    </message>
    <message>
        <source>Date of its last meeting in the period.</source>
        <translation>Data del suo ultimo incontro nel periodo.</translation>
    </message>
    <message>
        <source>Date of the meeting.</source>
        <translation>Data dell'incontro.</translation>
    </message>
    <message>
        <source>Type of meeting.</source>
        <translation>Tipo di incontro.</translation>
    </message>
    <message>
        <source>Project activity code.</source>
        <translation>Codice dell'attività di progetto.</translation>
    </message>
    <message>
        <source>Topic of the meeting.</source>
        <translation>Argomento dell'incontro.</translation>
    </message>
    <message>
        <source>Organisations met.</source>
        <translation>Organizzazioni incontrate.</translation>
    </message>
    <message>
        <source>Number of participants.</source>
        <translation>Numero di partecipanti.</translation>
    </message>
    <message>
        <source>Date of the follow-up.</source>
        <translation>Data del seguito.</translation>
    </message>
    <message>
        <source>Staff member who attended.</source>
        <translation>Operatore presente.</translation>
    </message>
    <message>
        <source>Name of the resource.</source>
        <translation>Nome della risorsa.</translation>
    </message>
    <message>
        <source>Category of resource.</source>
        <translation>Categoria della risorsa.</translation>
    </message>
    <message>
        <source>Status, from reported to reused.</source>
        <translation>Stato, da segnalata a riutilizzata.</translation>
    </message>
    <message>
        <source>Owner, when an organisation of the database.</source>
        <translation>Proprietario, se è un'organizzazione presente nel database.</translation>
    </message>
    <message>
        <source>Owner as recorded (may be a private person).</source>
        <translation>Proprietario come registrato (può essere un privato).</translation>
    </message>
    <message>
        <source>Address of the resource.</source>
        <translation>Indirizzo della risorsa.</translation>
    </message>
    <message>
        <source>Quantity.</source>
        <translation>Quantità.</translation>
    </message>
    <message>
        <source>Unit of the quantity.</source>
        <translation>Unità di misura della quantità.</translation>
    </message>
    <message>
        <source>Condition.</source>
        <translation>Condizioni.</translation>
    </message>
    <message>
        <source>Terms of availability.</source>
        <translation>Modalità di messa a disposizione.</translation>
    </message>
    <message>
        <source>Available from.</source>
        <translation>Disponibile dal.</translation>
    </message>
    <message>
        <source>Available until.</source>
        <translation>Disponibile fino al.</translation>
    </message>
    <message>
        <source>Date of the survey (in the period).</source>
        <translation>Data della rilevazione (nel periodo).</translation>
    </message>
    <message>
        <source>How the resource was found.</source>
        <translation>Come è stata individuata la risorsa.</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>estero</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>What each indicator counts is on the Data dictionary sheet.</source>
        <translation>Che cosa conta ciascun indicatore è spiegato nel foglio Dizionario dei dati.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>%1: not available: %2.</source>
        <translation>%1: non disponibile: %2.</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ripartizione</translation>
    </message>
    <message>
        <source>%1: any other value, or none.</source>
        <translation>%1: qualsiasi altro valore, o nessuno.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>A person may be in several of these groups, or in none.</source>
        <translation>Una persona può appartenere a più di questi gruppi, o a nessuno.</translation>
    </message>
    <message>
        <source>Targets against achieved</source>
        <translation>Obiettivi e risultati raggiunti</translation>
    </message>
    <message>
        <source>Activity and indicator</source>
        <translation>Attività e indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contato da</translation>
    </message>
    <message>
        <source>the activity's records</source>
        <translation>le schede dell'attività</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>l'intero progetto</translation>
    </message>
    <message>
        <source>No activity target is recorded for this period.</source>
        <translation>Nessun obiettivo di attività è registrato per questo periodo.</translation>
    </message>
    <message>
        <source>Achieved: counted from the records of the period (within the target's own period). The Data dictionary says what each indicator counts.</source>
        <translation>Raggiunto: contato dalle schede del periodo (entro il periodo proprio dell'obiettivo). Il Dizionario dei dati spiega che cosa conta ciascun indicatore.</translation>
    </message>
    <message>
        <source>Nothing is recorded from %1 to %2: no Meeting Point visit, meeting, unused resource, enrolment or outcome falls in the period. The funder report was not written: choose another period.</source>
        <translation>Nulla è registrato dal %1 al %2: nessun colloquio al Meeting Point, incontro, risorsa inutilizzata, iscrizione o esito cade nel periodo. Il rendiconto per il finanziatore non è stato scritto: scegliere un altro periodo.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Open the selected record</source>
        <translation>Aprire la scheda selezionata</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Campo successivo</translation>
    </message>
    <message>
        <source>Previous field</source>
        <translation>Campo precedente</translation>
    </message>
    <message>
        <source>The field or button whose letter is underlined</source>
        <translation>Il campo o il pulsante con quella lettera sottolineata</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Salvare la scheda</translation>
    </message>
    <message>
        <source>Close the record (asking first if something is unsaved)</source>
        <translation>Chiudere la scheda (chiedendo prima, se qualcosa non è salvato)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Open in the &amp;browser</source>
        <translation>Apri nel &amp;browser</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Azione</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valore precedente</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nuovo valore</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>&lt;h2&gt;Home&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pagina iniziale&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Schede</translation>
    </message>
    <message>
        <source>The chart is being drawn…</source>
        <translation>Disegno del grafico in corso…</translation>
    </message>
    <message>
        <source>Next appointments</source>
        <translation>Prossimi appuntamenti</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguiti da fare</translation>
    </message>
    <message>
        <source>Follow-ups after leaving</source>
        <translation>Seguiti dopo l'uscita</translation>
    </message>
    <message>
        <source>Changed recently</source>
        <translation>Schede modificate di recente</translation>
    </message>
    <message>
        <source>&amp;Print the summary…</source>
        <translation>&amp;Stampa il riepilogo…</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <source>1. The association's details (printed on every document)</source>
        <translation>1. I dati dell'associazione (stampati su ogni documento)</translation>
    </message>
    <message>
        <source>&amp;Association details…</source>
        <translation>&amp;Dati dell'associazione…</translation>
    </message>
    <message>
        <source>2. The staff, to choose who held a visit or a meeting</source>
        <translation>2. Gli operatori, per scegliere chi ha tenuto un colloquio o un incontro</translation>
    </message>
    <message>
        <source>Add a member of &amp;staff…</source>
        <translation>Aggiungi un &amp;operatore…</translation>
    </message>
    <message>
        <source>3. The first young person who came to the Meeting Point</source>
        <translation>3. Il primo giovane venuto al Meeting Point</translation>
    </message>
    <message>
        <source>Add the first &amp;contact…</source>
        <translation>Aggiungi il primo &amp;contatto…</translation>
    </message>
    <message>
        <source>NEET contacts</source>
        <translation>Contatti NEET</translation>
    </message>
    <message>
        <source>Meeting Point visits</source>
        <translation>Colloqui al Meeting Point</translation>
    </message>
    <message>
        <source>Stakeholder meetings</source>
        <translation>Incontri con le organizzazioni</translation>
    </message>
    <message>
        <source>Unused resources</source>
        <translation>Risorse inutilizzate</translation>
    </message>
    <message>
        <source>&lt;b&gt;This month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Questo mese&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Project so far&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dall'inizio del progetto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No appointments ahead.</source>
        <translation>Nessun appuntamento in programma.</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Nessun seguito da fare.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Non è ancora stato registrato nulla.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No follow-up due.</source>
        <translation>Nessun seguito da fare.</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mesi</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mesi</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, in ritardo</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e altri %1</translation>
    </message>
</context>
<context>
    <name>HomeTargets</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>HoursLog</name>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (outside the dates)</source>
        <translation>%1 (fuori dalle date)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>'%1' is not a date (write gg/mm/aaaa).</source>
        <translation>'%1' non è una data (scrivere gg/mm/aaaa).</translation>
    </message>
    <message>
        <source>'%1' is not a time of day (write hh:mm).</source>
        <translation>'%1' non è un orario (scrivere hh:mm).</translation>
    </message>
    <message>
        <source>'%1' is not a number.</source>
        <translation>'%1' non è un numero.</translation>
    </message>
    <message>
        <source>'%1' is not a whole number.</source>
        <translation>'%1' non è un numero intero.</translation>
    </message>
    <message>
        <source>'%1' is neither yes (Sì, X, 1) nor no (No, 0, empty).</source>
        <translation>'%1' non è né sì (Sì, X, 1) né no (No, 0, vuoto).</translation>
    </message>
    <message>
        <source>'%1' is not one of the choices of this field.</source>
        <translation>'%1' non è tra le scelte di questo campo.</translation>
    </message>
    <message>
        <source>'%1' is not a municipality found in the official list (province: %2).</source>
        <translation>'%1' non è un comune dell'elenco ufficiale (provincia: %2).</translation>
    </message>
    <message>
        <source>'%1' has a question mark where an accented letter probably was: check it.</source>
        <translation>'%1' ha un punto interrogativo dove probabilmente c'era una lettera accentata: controllare.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Organisation (Access id, tax code or name)</source>
        <translation>Organizzazione (codice Access, codice fiscale o nome)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Course (title or Access id)</source>
        <translation>Corso (titolo o codice Access)</translation>
    </message>
    <message>
        <source>Title of the course</source>
        <translation>Titolo del corso</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Ore previste</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatore</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Minimum attendance %</source>
        <translation>Frequenza minima %</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Iscritto il</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Date of the status</source>
        <translation>Data dello stato</translation>
    </message>
    <message>
        <source>Reason of the drop-out</source>
        <translation>Motivo del ritiro</translation>
    </message>
    <message>
        <source>Certificate obtained</source>
        <translation>Attestato ottenuto</translation>
    </message>
    <message>
        <source>Title of the idea</source>
        <translation>Titolo dell'idea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Day of the idea</source>
        <translation>Giorno dell'idea</translation>
    </message>
    <message>
        <source>Business plan started on</source>
        <translation>Business plan avviato il</translation>
    </message>
    <message>
        <source>Business plan done on</source>
        <translation>Business plan completato il</translation>
    </message>
    <message>
        <source>Presented on</source>
        <translation>Presentata il</translation>
    </message>
    <message>
        <source>Business started on</source>
        <translation>Impresa avviata il</translation>
    </message>
    <message>
        <source>Abandoned on</source>
        <translation>Abbandonata il</translation>
    </message>
    <message>
        <source>Funding sought</source>
        <translation>Finanziamento richiesto</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fonte di finanziamento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <source>Group of young people</source>
        <translation>Gruppo di giovani</translation>
    </message>
    <message>
        <source>Young people in the group</source>
        <translation>Giovani nel gruppo</translation>
    </message>
    <message>
        <source>Needed from</source>
        <translation>Necessario dal</translation>
    </message>
    <message>
        <source>Needed until</source>
        <translation>Necessario fino al</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponibile dal</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponibile fino al</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Proposed social use</source>
        <translation>Uso sociale proposto</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>Rilevata il</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Person (Access id or codice fiscale)</source>
        <translation>Persona (codice Access o codice fiscale)</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Data del colloquio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Ora di inizio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ora di fine</translation>
    </message>
    <message>
        <source>Summary of the meeting</source>
        <translation>Sintesi dell'incontro</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Tipo di colloquio</translation>
    </message>
    <message>
        <source>Staff member (name or Access id)</source>
        <translation>Operatore (nome o codice Access)</translation>
    </message>
    <message>
        <source>Summary of the visit</source>
        <translation>Sintesi del colloquio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Attendance signed</source>
        <translation>Presenza firmata</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Formato il</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilità</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Data dell'incontro</translation>
    </message>
    <message>
        <source>Type of meeting</source>
        <translation>Tipo di incontro</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Place of the meeting</source>
        <translation>Luogo dell'incontro</translation>
    </message>
    <message>
        <source>Activity code</source>
        <translation>Codice attività</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data del seguito</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Numero di partecipanti</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Province of birth</source>
        <translation>Provincia di nascita</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Municipality of residence</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <source>Province of residence</source>
        <translation>Provincia di residenza</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>Labour status</source>
        <translation>Condizione occupazionale</translation>
    </message>
    <message>
        <source>Months in this labour status</source>
        <translation>Mesi in questa condizione</translation>
    </message>
    <message>
        <source>Youth Guarantee</source>
        <translation>Garanzia Giovani</translation>
    </message>
    <message>
        <source>How they heard of us</source>
        <translation>Come ci ha conosciuto</translation>
    </message>
    <message>
        <source>Sectors of interest</source>
        <translation>Settori di interesse</translation>
    </message>
    <message>
        <source>Privacy notice version</source>
        <translation>Versione dell'informativa</translation>
    </message>
    <message>
        <source>Privacy notice signed on</source>
        <translation>Informativa firmata il</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consenso a essere contattato</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Genitore o tutore</translation>
    </message>
    <message>
        <source>Guardian's consent</source>
        <translation>Consenso del genitore o tutore</translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation>Responsabilità di cura</translation>
    </message>
    <message>
        <source>Belongs to a minority</source>
        <translation>Appartiene a una minoranza</translation>
    </message>
    <message>
        <source>Asylum seeker or refugee</source>
        <translation>Richiedente asilo o rifugiato</translation>
    </message>
    <message>
        <source>Same as row %1 of this file.</source>
        <translation>Uguale alla riga %1 di questo file.</translation>
    </message>
    <message>
        <source>Already in the database: %1 (%2).</source>
        <translation>Già presente nel database: %1 (%2).</translation>
    </message>
    <message>
        <source>Column '%1': '%2' is left out, the record is imported without it.</source>
        <translation>Colonna '%1': '%2' viene tralasciato, la scheda è importata senza quel valore.</translation>
    </message>
    <message>
        <source>The same meeting as row %1 (day, type and topic): its organisation is added to it.</source>
        <translation>Stesso incontro della riga %1 (giorno, tipo e argomento): l'organizzazione di questa riga viene aggiunta a quell'incontro.</translation>
    </message>
    <message>
        <source>Already imported from %1 (key %2): record %3.</source>
        <translation>Già importato da %1 (chiave %2): scheda %3.</translation>
    </message>
    <message>
        <source>same title and place</source>
        <translation>stesso titolo e luogo</translation>
    </message>
    <message>
        <source>same person, day and time</source>
        <translation>stessa persona, stesso giorno e ora</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>same day, type, organisation and topic</source>
        <translation>stesso giorno, tipo, organizzazione e argomento</translation>
    </message>
    <message>
        <source>%1 is the database open in this program (or one of its files): it cannot be imported. Choose the spreadsheet to import.</source>
        <translation>%1 è il database aperto in questo programma (o uno dei suoi file): non si può importare. Scegliere il foglio di calcolo da importare.</translation>
    </message>
    <message>
        <source>%1 was changed while it was being imported: nothing was imported, start again.</source>
        <translation>%1 è stato modificato durante l'importazione: non è stato importato nulla, ricominciare.</translation>
    </message>
    <message>
        <source>%1 has no row %2 holding column titles (the header row asked).</source>
        <translation>%1 non ha una riga %2 con i titoli delle colonne (la riga di intestazione indicata).</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2: the columns would be shifted.</source>
        <translation>La riga ha %1 campi ma l'intestazione %2: le colonne risulterebbero spostate.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 non contiene righe.</translation>
    </message>
    <message>
        <source>%1 is in the old Excel format (.xls): open it in Excel and save it as .xlsx (Excel Workbook), then import that file.</source>
        <translation>%1 è nel vecchio formato di Excel (.xls): aprirlo in Excel e salvarlo come .xlsx (Cartella di lavoro di Excel), poi importare quel file.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password, empty), save, import again.</source>
        <translation>%1 è protetto da una password: aprirlo in Excel, togliere la password (File &gt; Informazioni &gt; Proteggi cartella di lavoro &gt; Crittografa con password, lasciandola vuota), salvare e importare di nuovo.</translation>
    </message>
    <message>
        <source>%1 looks damaged by a wrong character encoding (characters such as � or Ã¨ instead of accented letters, rows %2). Save it again as UTF-8 from the program that made it. Nothing was imported.</source>
        <translation>%1 sembra danneggiato da una codifica dei caratteri sbagliata (caratteri come � o Ã¨ al posto delle lettere accentate, righe %2). Salvarlo di nuovo in UTF-8 dal programma che lo ha creato. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 non si può leggere: %2</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file or an .xlsx workbook.</source>
        <translation>%1 non è un file di testo (CSV) né un file Excel .xlsx.</translation>
    </message>
    <message>
        <source>%1, line %2: a cell holds more than 131,072 characters (128 KB), more than any field takes. Often a quote (") opened in a cell is never closed, so the rest of the file runs into it. Correct the file and import again; nothing was imported.</source>
        <translation>%1, riga %2: una cella contiene più di 131.072 caratteri (128 KB), più di quanti ne accetti qualsiasi campo. Spesso è una virgoletta (") aperta in una cella e mai chiusa, così il resto del file vi finisce dentro. Correggere il file e importare di nuovo; non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a CSV file at line %2.</source>
        <translation>%1 non si può leggere come file CSV alla riga %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an .xlsx workbook: %2</source>
        <translation>%1 non si può leggere come file Excel .xlsx: %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>scartata</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doppione</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>salta</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiorna</translation>
    </message>
    <message>
        <source>add</source>
        <translation>aggiungi</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Righe lette: %1</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accettate: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Scartate: %1</translation>
    </message>
    <message>
        <source>Duplicates of existing records or earlier rows: %1 (policy: %2)</source>
        <translation>Doppioni di schede esistenti o di righe precedenti: %1 (regola: %2)</translation>
    </message>
    <message>
        <source>Rows with warnings: %1</source>
        <translation>Righe con avvisi: %1</translation>
    </message>
    <message>
        <source>Written: %1 created, %2 updated, %3 skipped.</source>
        <translation>Scritte: %1 create, %2 aggiornate, %3 saltate.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Riga %1 (%2): %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 found already, %4 rejected</source>
        <translation>%1: %2 create, %3 già presenti, %4 scartate</translation>
    </message>
    <message>
        <source>People linked to the meeting of their row: %1</source>
        <translation>Persone collegate all'incontro della loro riga: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Reading problems</source>
        <translation>Problemi di lettura</translation>
    </message>
    <message>
        <source>No contact has the codice fiscale or the Access number '%1': import the people first, then their visits.</source>
        <translation>Nessun contatto ha il codice fiscale o il numero Access '%1': importare prima le persone, poi i loro colloqui.</translation>
    </message>
    <message>
        <source>No staff member '%1' (by name or key): the record is imported without one.</source>
        <translation>Nessun operatore '%1' (per nome o codice): la scheda viene importata senza operatore.</translation>
    </message>
    <message>
        <source>No organisation has the Access number, tax code or name '%1': import the stakeholders first.</source>
        <translation>Nessuna organizzazione ha il numero Access, il codice fiscale o il nome '%1': importare prima le organizzazioni.</translation>
    </message>
    <message>
        <source>No training course has the title or the Access number '%1': import the courses first.</source>
        <translation>Nessun corso di formazione ha il titolo o il numero Access '%1': importare prima i corsi.</translation>
    </message>
    <message>
        <source>No project activity has the code or the Access number '%1': import the activities first.</source>
        <translation>Nessuna attività di progetto ha il codice o il numero Access '%1': importare prima le attività.</translation>
    </message>
    <message>
        <source>Activity code: no project activity has the code '%1'; add it to the project's activities (or import them) first.</source>
        <translation>Codice attività: nessuna attività di progetto ha il codice '%1'; aggiungerla prima alle attività del progetto (o importarle).</translation>
    </message>
    <message>
        <source>'%1' is ambiguous: two tables of this file imported as the same kind have that key.</source>
        <translation>'%1' è ambiguo: due tabelle di questo file importate come lo stesso tipo hanno quel codice.</translation>
    </message>
    <message>
        <source>Column '%1', character %2: a control character (%3) that no document can hold. Remove it from the file and import again.</source>
        <translation>Colonna '%1', carattere %2: un carattere di controllo (%3) che nessun documento può contenere. Toglierlo dal file e importare di nuovo.</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>Non esiste l'importazione numero %1.</translation>
    </message>
    <message>
        <source>Import number %1 was undone already.</source>
        <translation>L'importazione numero %1 è già stata annullata.</translation>
    </message>
    <message>
        <source>Import number %1 was not undone: nothing to restore.</source>
        <translation>L'importazione numero %1 non è stata annullata: non c'è nulla da ripristinare.</translation>
    </message>
    <message>
        <source>Activity (code or Access id)</source>
        <translation>Attività (codice o codice Access)</translation>
    </message>
    <message>
        <source>Code of the activity</source>
        <translation>Codice dell'attività</translation>
    </message>
    <message>
        <source>Title of the activity</source>
        <translation>Titolo dell'attività</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Inizio del periodo</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fine del periodo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Stage (on leaving, 6 or 12 months)</source>
        <translation>Fase (all'uscita, 6 o 12 mesi)</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Data dell'esito</translation>
    </message>
    <message>
        <source>Employer kind</source>
        <translation>Tipo di datore di lavoro</translation>
    </message>
    <message>
        <source>Learned how</source>
        <translation>Fonte dell'informazione</translation>
    </message>
    <message>
        <source>Kind of placement</source>
        <translation>Tipo di tirocinio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Title of the agreement</source>
        <translation>Titolo dell'accordo</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>Tipo di accordo</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <source>&amp;Undo an import…</source>
        <translation>Ann&amp;ulla un'importazione…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importazioni</translation>
    </message>
    <message>
        <source>No import was done in this database.</source>
        <translation>In questo database non è stata fatta alcuna importazione.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Records created</source>
        <translation>Schede create</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annulla questa importazione</translation>
    </message>
    <message>
        <source>Restore this import</source>
        <translation>Ripristina questa importazione</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>%1 records moved to the recycle bin, %2 put back as they were, %3 kept.</source>
        <translation>%1 schede spostate nel cestino, %2 riportate com'erano, %3 conservate.</translation>
    </message>
    <message>
        <source>Move the records import number %1 created to the recycle bin?</source>
        <translation>Spostare nel cestino le schede create dall'importazione numero %1?</translation>
    </message>
    <message>
        <source>%1 of them were edited since the import (%2). Yes: those too; No: keep them.</source>
        <translation>%1 di queste sono state modificate dopo l'importazione (%2). Sì: anche quelle; No: conservarle.</translation>
    </message>
    <message>
        <source>%1 records taken out of the recycle bin.</source>
        <translation>%1 schede tolte dal cestino.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Stakeholders (organisations)</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Unused resources</source>
        <translation>Risorse inutilizzate</translation>
    </message>
    <message>
        <source>NEET contacts</source>
        <translation>Contatti NEET</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>Meeting Point visits (after the contacts)</source>
        <translation>Colloqui del Meeting Point (dopo i contatti)</translation>
    </message>
    <message>
        <source>People of the stakeholders (after them)</source>
        <translation>Referenti delle organizzazioni (dopo le organizzazioni)</translation>
    </message>
    <message>
        <source>Stakeholder meetings (after the stakeholders)</source>
        <translation>Incontri con le organizzazioni (dopo le organizzazioni)</translation>
    </message>
    <message>
        <source>Stakeholders met: organisations, their people and the meetings</source>
        <translation>Organizzazioni incontrate: organizzazioni, referenti e incontri</translation>
    </message>
    <message>
        <source>Contacts and their visits (one row a visit)</source>
        <translation>Contatti e loro colloqui (una riga per colloquio)</translation>
    </message>
    <message>
        <source>Reject the row</source>
        <translation>Scarta la riga</translation>
    </message>
    <message>
        <source>Import the row without that value</source>
        <translation>Importa la riga senza quel valore</translation>
    </message>
    <message>
        <source>Skip rows already in the database</source>
        <translation>Salta le righe già presenti nel database</translation>
    </message>
    <message>
        <source>Update the records already in the database</source>
        <translation>Aggiorna le schede già presenti nel database</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Aggiungile comunque</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importa da un foglio di calcolo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 found already, %4 rejected</source>
        <translation>%1: %2 create, %3 già presenti, %4 scartate</translation>
    </message>
    <message>
        <source>This is import number %1: File &gt; Undo an import… takes it back.</source>
        <translation>Questa è l'importazione numero %1: File &gt; Annulla un'importazione… la annulla.</translation>
    </message>
    <message>
        <source>Project activities</source>
        <translation>Attività di progetto</translation>
    </message>
    <message>
        <source>Targets of the activities (after them)</source>
        <translation>Obiettivi delle attività (dopo le attività)</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>Corsi di formazione</translation>
    </message>
    <message>
        <source>Enrolments (after the contacts and courses)</source>
        <translation>Iscrizioni (dopo i contatti e i corsi)</translation>
    </message>
    <message>
        <source>Mentoring meetings (after the contacts)</source>
        <translation>Incontri di mentoring (dopo i contatti)</translation>
    </message>
    <message>
        <source>Mentors (after the staff)</source>
        <translation>Mentori (dopo gli operatori)</translation>
    </message>
    <message>
        <source>Outcomes and follow-ups (after the contacts)</source>
        <translation>Esiti e seguiti (dopo i contatti)</translation>
    </message>
    <message>
        <source>Placements (after the contacts)</source>
        <translation>Tirocini (dopo i contatti)</translation>
    </message>
    <message>
        <source>Project ideas</source>
        <translation>Idee progettuali</translation>
    </message>
    <message>
        <source>Agreements between organisations</source>
        <translation>Accordi tra organizzazioni</translation>
    </message>
    <message>
        <source>Needs (after the organisations)</source>
        <translation>Bisogni (dopo le organizzazioni)</translation>
    </message>
</context>
<context>
    <name>IndicatorSets</name>
    <message>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binario</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Other ages</source>
        <translation>Altre età</translation>
    </message>
    <message>
        <source>Below 18</source>
        <translation>Meno di 18 anni</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 anni e oltre</translation>
    </message>
    <message>
        <source>Education (ISCED)</source>
        <translation>Titolo di studio (ISCED)</translation>
    </message>
    <message>
        <source>Labour status at entry</source>
        <translation>Condizione lavorativa all'ingresso</translation>
    </message>
    <message>
        <source>Unemployed, including long-term unemployed</source>
        <translation>Disoccupati, compresi i disoccupati di lunga durata</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivi</translation>
    </message>
    <message>
        <source>Employed, including self-employed</source>
        <translation>Occupati, compresi i lavoratori autonomi</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Altro o non registrato</translation>
    </message>
    <message>
        <source>Long-term unemployed (12 months or more)</source>
        <translation>Disoccupati di lunga durata (12 mesi o più)</translation>
    </message>
    <message>
        <source>Low-skilled (ISCED 0–2)</source>
        <translation>Bassa qualificazione (ISCED 0–2)</translation>
    </message>
    <message>
        <source>Third-country nationals</source>
        <translation>Cittadini di paesi terzi</translation>
    </message>
    <message>
        <source>With disabilities (with explicit consent)</source>
        <translation>Con disabilità (con consenso esplicito)</translation>
    </message>
    <message>
        <source>Rural areas</source>
        <translation>Aree rurali</translation>
    </message>
    <message>
        <source>no urban/rural classification of municipalities</source>
        <translation>nessuna classificazione urbano/rurale dei comuni</translation>
    </message>
    <message>
        <source>Of which</source>
        <translation>Di cui</translation>
    </message>
    <message>
        <source>Other characteristics</source>
        <translation>Altre caratteristiche</translation>
    </message>
    <message>
        <source>Vulnerable groups</source>
        <translation>Gruppi vulnerabili</translation>
    </message>
    <message>
        <source>With caring responsibilities</source>
        <translation>Con responsabilità di cura</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minoranza</translation>
    </message>
    <message>
        <source>Asylum seeker or refugee</source>
        <translation>Richiedente asilo o rifugiato</translation>
    </message>
    <message>
        <source>Kind of employer</source>
        <translation>Tipo di datore di lavoro</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Organizzazione non governativa</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Impresa sociale</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Amministrazione pubblica</translation>
    </message>
    <message>
        <source>Private enterprise</source>
        <translation>Impresa privata</translation>
    </message>
    <message>
        <source>Young people whose outcome on leaving, dated in the period, is: %1 (the later outcome when two were recorded). Age on the day of the outcome.</source>
        <translation>Giovani il cui esito all'uscita, datato nel periodo, è: %1 (l'esito più recente se ne sono stati registrati due). Età il giorno dell'esito.</translation>
    </message>
    <message>
        <source>EEA and Norway Grants Fund for Youth Employment</source>
        <translation>Fondo SEE e norvegese per l'occupazione giovanile</translation>
    </message>
    <message>
        <source>The Fund's reporting indicators for young people not in employment, education or training, by gender, age (15–24, 25–29) and vulnerable group.</source>
        <translation>Gli indicatori di rendicontazione del Fondo per i giovani che non studiano, non lavorano e non sono in formazione, per genere, età (15–24, 25–29) e gruppo vulnerabile.</translation>
    </message>
    <message>
        <source>Young people reached</source>
        <translation>Giovani raggiunti</translation>
    </message>
    <message>
        <source>NEET contacts with at least one Meeting Point visit in the period, each once. Age on the first visit in the period.</source>
        <translation>Contatti NEET con almeno un colloquio al Meeting Point nel periodo, ciascuno una volta. Età al primo colloquio del periodo.</translation>
    </message>
    <message>
        <source>Enrolled in education or training</source>
        <translation>Iscritti a istruzione o formazione</translation>
    </message>
    <message>
        <source>Young people enrolled in a course in the period (enrolment date), each once. Age on the first enrolment in the period.</source>
        <translation>Giovani iscritti a un corso nel periodo (data di iscrizione), ciascuno una volta. Età alla prima iscrizione del periodo.</translation>
    </message>
    <message>
        <source>In active job search on leaving</source>
        <translation>In ricerca attiva di lavoro all'uscita</translation>
    </message>
    <message>
        <source>In employment on leaving</source>
        <translation>Occupati all'uscita</translation>
    </message>
    <message>
        <source>Started a business</source>
        <translation>Hanno avviato un'impresa</translation>
    </message>
    <message>
        <source>ESF+ common indicators</source>
        <translation>Indicatori comuni FSE+</translation>
    </message>
    <message>
        <source>Regulation (EU) 2021/1057, Annex I: common output indicators on participants and common immediate result indicators on leaving. Rural areas are not counted: the program has no urban-rural class of municipalities.</source>
        <translation>Regolamento (UE) 2021/1057, allegato I: indicatori comuni di output relativi ai partecipanti e indicatori comuni di risultato immediato all'uscita. Le zone rurali non sono conteggiate: il programma non ha una classificazione urbano-rurale dei comuni.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>NEET contacts with at least one Meeting Point visit in the period, each once. Labour status and education as recorded at registration; age on the first visit in the period. Disabilities are counted only for people who gave the explicit consent.</source>
        <translation>Contatti NEET con almeno un colloquio al Meeting Point nel periodo, ciascuno una volta. Condizione lavorativa e titolo di studio come registrati all'iscrizione; età al primo colloquio del periodo. Le disabilità sono contate solo per le persone che hanno dato il consenso esplicito.</translation>
    </message>
    <message>
        <source>Engaged in job searching upon leaving</source>
        <translation>Impegnati nella ricerca di un lavoro all'uscita</translation>
    </message>
    <message>
        <source>In education or training upon leaving</source>
        <translation>Impegnati in un percorso di istruzione o formazione all'uscita</translation>
    </message>
    <message>
        <source>Gaining a qualification upon leaving</source>
        <translation>Hanno ottenuto una qualifica all'uscita</translation>
    </message>
    <message>
        <source>Young people who completed a course with a certificate in the period (the enrolment's status date), each once.</source>
        <translation>Giovani che hanno completato un corso con attestato nel periodo (data dello stato dell'iscrizione), ciascuno una volta.</translation>
    </message>
    <message>
        <source>In employment, including self-employment, upon leaving</source>
        <translation>Occupati, anche come lavoratori autonomi, all'uscita</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>%1 was checked and is in good order.</source>
        <translation>%1 è stato controllato ed è integro.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite found problems in it. Do not keep working on it: restore the newest good backup (File &gt; Restore from backup…). The damaged file is kept aside, not deleted.</source>
        <translation>%1 è danneggiato: SQLite vi ha trovato dei problemi. Non continuare a lavorarci: ripristinare il backup integro più recente (File &gt; Ripristina da backup…). Il file danneggiato viene messo da parte, non cancellato.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database: it may be damaged or not a database at all. Restore the newest good backup (File &gt; Restore from backup…).</source>
        <translation>%1 non può essere letto come database: potrebbe essere danneggiato o non essere affatto un database. Ripristinare il backup integro più recente (File &gt; Ripristina da backup…).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is not as SocialNEET Desktop left it: its tables, columns, indexes or triggers were changed outside the program (listed below). Do not keep working on it: restore the newest good backup (File &gt; Restore from backup…).</source>
        <translation>%1 non è come SocialNEET Desktop l'ha lasciato: le sue tabelle, colonne, indici o trigger sono stati modificati fuori dal programma (elencati sotto). Non continuare a lavorarci: ripristinare il backup integro più recente (File &gt; Ripristina da backup…).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Print the visit sheet</source>
        <translation>Stampa la scheda colloquio</translation>
    </message>
    <message>
        <source>Print the contact file</source>
        <translation>Stampa la scheda anagrafica</translation>
    </message>
    <message>
        <source>Print the privacy notice and consent form</source>
        <translation>Stampa l'informativa privacy e il modulo di consenso</translation>
    </message>
    <message>
        <source>E&amp;xport this record to Excel…</source>
        <translation>Esporta questa scheda in E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Merge the two records…</source>
        <translation>U&amp;nisci le due schede…</translation>
    </message>
    <message>
        <source>&amp;Filter by selection: %1</source>
        <translation>&amp;Filtra per selezione: %1</translation>
    </message>
    <message>
        <source>Filter &amp;excluding selection: %1</source>
        <translation>Filtra escl&amp;udendo la selezione: %1</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Rimuovi i filtri</translation>
    </message>
    <message>
        <source>Move this record to the recycle bin? It can be restored from there.</source>
        <translation>Spostare questa scheda nel cestino? Potrà essere ripristinata da lì.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>One of the records changed elsewhere since the list was read: nothing was deleted. The list is read again; choose the records again.</source>
        <translation>Una delle schede è stata modificata altrove dopo la lettura dell'elenco: non è stato eliminato nulla. L'elenco viene letto di nuovo; scegliere di nuovo le schede.</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>Barra degli strumenti</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>A new record of the list shown (Ctrl+N)</source>
        <translation>Una nuova scheda dell'elenco mostrato (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Keep the list's columns, widths and order</source>
        <translation>Conserva le colonne dell'elenco, la loro larghezza e il loro ordine</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Move the selected records to the recycle bin</source>
        <translation>Sposta nel cestino le schede selezionate</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>The records chosen, or the whole list, to Excel (Ctrl+E)</source>
        <translation>Le schede scelte, o tutto l'elenco, in Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search in the list shown (Ctrl+F)</source>
        <translation>Cerca nell'elenco mostrato (Ctrl+F)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Documents of the selected record, registers and lists</source>
        <translation>Documenti della scheda selezionata, registri ed elenchi</translation>
    </message>
    <message>
        <source>The layout of the list is kept.</source>
        <translation>La disposizione dell'elenco è stata salvata.</translation>
    </message>
    <message>
        <source>Select the records to delete in the list first.</source>
        <translation>Selezionare prima nell'elenco le schede da eliminare.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Home</source>
        <translation>Pagina &amp;iniziale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>New &amp;record…</source>
        <translation>&amp;Nuova scheda…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>S&amp;tampa</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importa da un foglio di calcolo…</translation>
    </message>
    <message>
        <source>Import from &amp;Access…</source>
        <translation>Importa da &amp;Access…</translation>
    </message>
    <message>
        <source>&amp;Export the list to Excel…</source>
        <translation>Esporta l'elenco in E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Funder report…</source>
        <translation>Rendiconto per il &amp;finanziatore…</translation>
    </message>
    <message>
        <source>Pro&amp;gress report…</source>
        <translation>Re&amp;lazione sulle attività…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Ripristina da un backup…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Nuovo &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>A&amp;pri database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Association details…</source>
        <translation>Dati dell'&amp;associazione…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Home page</source>
        <translation>&amp;Pagina iniziale</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Recycle bin…</source>
        <translation>&amp;Cestino…</translation>
    </message>
    <message>
        <source>R&amp;etention review…</source>
        <translation>&amp;Revisione della conservazione…</translation>
    </message>
    <message>
        <source>&amp;Follow-ups due…</source>
        <translation>&amp;Seguiti da fare…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About SocialNEET Desktop</source>
        <translation>&amp;Informazioni su SocialNEET Desktop</translation>
    </message>
    <message>
        <source>SocialNEET Desktop — %1</source>
        <translation>SocialNEET Desktop — %1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (sola lettura)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SocialNEET Desktop %1&lt;/h3&gt;&lt;p&gt;Meeting Point contacts and visits, stakeholders met and unused resources of the SocialNEET project.&lt;/p&gt;&lt;p&gt;Database:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SocialNEET Desktop %1&lt;/h3&gt;&lt;p&gt;Contatti e colloqui del Meeting Point, organizzazioni incontrate e risorse inutilizzate del progetto SocialNEET.&lt;/p&gt;&lt;p&gt;Database:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SocialNEET Desktop</source>
        <translation>Informazioni su SocialNEET Desktop</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Choose the field each column goes to; the preview shows the result.</source>
        <translation>Scegliere il campo di ogni colonna; l'anteprima mostra il risultato.</translation>
    </message>
    <message>
        <source>The row of the file that holds the column titles</source>
        <translation>La riga del file che contiene i titoli delle colonne</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonna del file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Riga di intestazione:</translation>
    </message>
    <message>
        <source>Values for fields the file does not have:</source>
        <translation>Valori per i campi che il file non ha:</translation>
    </message>
    <message>
        <source>Preview of the first 20 rows:</source>
        <translation>Anteprima delle prime 20 righe:</translation>
    </message>
    <message>
        <source>Rows above it, skipped: %1.</source>
        <translation>Righe sopra di essa, saltate: %1.</translation>
    </message>
    <message>
        <source>Total rows under the data, skipped: %1.</source>
        <translation>Righe di totale sotto i dati, saltate: %1.</translation>
    </message>
    <message>
        <source>Row %1 looks like the header.</source>
        <translation>La riga %1 sembra l'intestazione.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>maybe %1 (%2%)</source>
        <translation>forse %1 (%2%)</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Delegate's mark</source>
        <translation>Voto del delegato</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Proposta: %1</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <source>or &amp;person of an organisation:</source>
        <translation>o &amp;referente di un'organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Mark (1-10):</source>
        <translation>&amp;Voto (1-10):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>MarksImport</name>
    <message>
        <source>%1 has no sheet with the columns Need code, Resource code, Delegate and Mark: it is not a scoring workbook of this program.</source>
        <translation>%1 non ha un foglio con le colonne Codice del bisogno, Codice della risorsa, Delegato e Voto: non è un file Excel di valutazione di questo programma.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2</source>
        <translation>%1 non si può leggere come file Excel: %2</translation>
    </message>
    <message>
        <source>not a whole number from 1 to 10.</source>
        <translation>non è un numero intero da 1 a 10.</translation>
    </message>
    <message>
        <source>required for a mark of %1 (1-2, 9-10): say why.</source>
        <translation>obbligatoria per un voto di %1 (1-2, 9-10): spiegarne il motivo.</translation>
    </message>
    <message>
        <source>no need has this code.</source>
        <translation>nessun bisogno ha questo codice.</translation>
    </message>
    <message>
        <source>%1 is neither one of our staff nor a person of an organisation.</source>
        <translation>%1 non è né uno dei nostri operatori né un referente di un'organizzazione.</translation>
    </message>
    <message>
        <source>%1 names more than one person: write the name as the program has it.</source>
        <translation>%1 indica più di una persona: scrivere il nome come lo riporta il programma.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Riga %1, %2: %3</translation>
    </message>
    <message>
        <source>no unused resource has this code.</source>
        <translation>nessuna risorsa inutilizzata ha questo codice.</translation>
    </message>
    <message>
        <source>%1 names more than one person: write it as in the program.</source>
        <translation>%1 indica più di una persona: scriverlo come nel programma.</translation>
    </message>
    <message>
        <source>whose mark is it? Write the delegate's name.</source>
        <translation>di chi è il voto? Scrivere il nome del delegato.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <source>Who needs it</source>
        <translation>Chi ne ha bisogno</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Unused resource</source>
        <translation>Risorsa inutilizzata</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Mean mark</source>
        <translation>Voto medio</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Open needs and their proposals</source>
        <translation>Bisogni aperti e loro proposte</translation>
    </message>
    <message>
        <source>no resource passes the hard rules</source>
        <translation>nessuna risorsa rispetta le regole vincolanti</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Each cell: the delegates' mean mark x 10 where there are marks, else the score (0-100); empty: the resource does not pass the hard rules for the need.</source>
        <translation>Ogni cella: il voto medio dei delegati x 10 dove ci sono voti, altrimenti il punteggio (0-100); vuota: la risorsa non rispetta le regole vincolanti per il bisogno.</translation>
    </message>
    <message>
        <source>Write your name under Delegate, a mark from 1 to 10 for each proposal you can judge and, for a mark of 1, 2, 9 or 10, a note saying why. Leave the codes as they are.</source>
        <translation>Scrivere il proprio nome sotto Delegato, un voto da 1 a 10 per ogni proposta che si è in grado di giudicare e, per un voto di 1, 2, 9 o 10, una nota che ne spieghi il motivo. Lasciare i codici come sono.</translation>
    </message>
    <message>
        <source>Weights of the score: %1.</source>
        <translation>Pesi del punteggio: %1.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesi</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>The score is the parts' points over their sum, times 100.</source>
        <translation>Il punteggio è il totale dei punti ottenuti diviso per la somma dei punti delle componenti, per 100.</translation>
    </message>
    <message>
        <source>The need is no longer open (%1).</source>
        <translation>Il bisogno non è più aperto (%1).</translation>
    </message>
    <message>
        <source>The resource cannot be matched: %1.</source>
        <translation>La risorsa non può essere abbinata: %1.</translation>
    </message>
    <message>
        <source>A confirmed proposal is closed by its outcome.</source>
        <translation>Una proposta confermata si chiude con il suo esito.</translation>
    </message>
    <message>
        <source>Only a confirmed proposal has an outcome.</source>
        <translation>Solo una proposta confermata ha un esito.</translation>
    </message>
    <message>
        <source>The proposal is not there any more.</source>
        <translation>La proposta non esiste più.</translation>
    </message>
    <message>
        <source>another category</source>
        <translation>un'altra categoria</translation>
    </message>
    <message>
        <source>not available in the period needed</source>
        <translation>non disponibile nel periodo richiesto</translation>
    </message>
    <message>
        <source>not available on the days needed</source>
        <translation>non disponibile nei giorni richiesti</translation>
    </message>
    <message>
        <source>not enough capacity (%1 of %2)</source>
        <translation>capacità insufficiente (%1 su %2)</translation>
    </message>
    <message>
        <source>the resource is not available</source>
        <translation>la risorsa non è disponibile</translation>
    </message>
    <message>
        <source>already matched to another need</source>
        <translation>già abbinata a un altro bisogno</translation>
    </message>
    <message>
        <source>available on Monday</source>
        <translation>disponibile il lunedì</translation>
    </message>
    <message>
        <source>available on Tuesday</source>
        <translation>disponibile il martedì</translation>
    </message>
    <message>
        <source>available on Wednesday</source>
        <translation>disponibile il mercoledì</translation>
    </message>
    <message>
        <source>available on Thursday</source>
        <translation>disponibile il giovedì</translation>
    </message>
    <message>
        <source>available on Friday</source>
        <translation>disponibile il venerdì</translation>
    </message>
    <message>
        <source>available on Saturday</source>
        <translation>disponibile il sabato</translation>
    </message>
    <message>
        <source>available on Sunday</source>
        <translation>disponibile la domenica</translation>
    </message>
    <message>
        <source>same category</source>
        <translation>stessa categoria</translation>
    </message>
    <message>
        <source>related category</source>
        <translation>categoria affine</translation>
    </message>
    <message>
        <source>municipality not stated</source>
        <translation>comune non indicato</translation>
    </message>
    <message>
        <source>same municipality</source>
        <translation>stesso comune</translation>
    </message>
    <message>
        <source>neighbouring municipality</source>
        <translation>comune confinante</translation>
    </message>
    <message>
        <source>same province</source>
        <translation>stessa provincia</translation>
    </message>
    <message>
        <source>another province</source>
        <translation>un'altra provincia</translation>
    </message>
    <message>
        <source>available on %1 of the days needed</source>
        <translation>disponibile in %1 dei giorni richiesti</translation>
    </message>
    <message>
        <source>period open</source>
        <translation>periodo aperto</translation>
    </message>
    <message>
        <source>available for the whole period</source>
        <translation>disponibile per tutto il periodo</translation>
    </message>
    <message>
        <source>available for %1% of the period</source>
        <translation>disponibile per il %1% del periodo</translation>
    </message>
    <message>
        <source>capacity not comparable</source>
        <translation>capacità non confrontabile</translation>
    </message>
    <message>
        <source>capacity %1%</source>
        <translation>capacità %1%</translation>
    </message>
    <message>
        <source>high urgency</source>
        <translation>urgenza alta</translation>
    </message>
    <message>
        <source>medium urgency</source>
        <translation>urgenza media</translation>
    </message>
    <message>
        <source>low urgency</source>
        <translation>urgenza bassa</translation>
    </message>
    <message>
        <source>the organisations already cooperate</source>
        <translation>le organizzazioni cooperano già</translation>
    </message>
    <message>
        <source>no cooperation tie</source>
        <translation>nessun legame di cooperazione</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Need code</source>
        <translation>Codice del bisogno</translation>
    </message>
    <message>
        <source>Resource code</source>
        <translation>Codice della risorsa</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source>Mark (1-10)</source>
        <translation>Voto (1-10)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Category fit</source>
        <translation>Affinità di categoria</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanza</translation>
    </message>
    <message>
        <source>Time overlap</source>
        <translation>Sovrapposizione dei tempi</translation>
    </message>
    <message>
        <source>Capacity fit</source>
        <translation>Adeguatezza della capacità</translation>
    </message>
    <message>
        <source>Cooperation tie</source>
        <translation>Legame di cooperazione</translation>
    </message>
    <message>
        <source>Unknown part: %1.</source>
        <translation>Componente sconosciuta: %1.</translation>
    </message>
    <message>
        <source>%1: a whole number from 0 to 100.</source>
        <translation>%1: un numero intero da 0 a 100.</translation>
    </message>
    <message>
        <source>Weights: at least one must be more than 0.</source>
        <translation>Pesi: almeno uno deve essere maggiore di 0.</translation>
    </message>
    <message>
        <source>Needs and resources</source>
        <translation>Bisogni e risorse</translation>
    </message>
</context>
<context>
    <name>MatchingMatrix</name>
    <message>
        <source>Needs and resources</source>
        <translation>Bisogni e risorse</translation>
    </message>
    <message>
        <source>&amp;Export for scoring…</source>
        <translation>&amp;Esporta per la valutazione…</translation>
    </message>
    <message>
        <source>&amp;Import marks…</source>
        <translation>&amp;Importa i voti…</translation>
    </message>
    <message>
        <source>&amp;Optimise…</source>
        <translation>&amp;Ottimizza…</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Pesi…</translation>
    </message>
    <message>
        <source>%1 open needs, %2 resources. Each cell: the delegates' mean mark x 10 where there are marks, else the score (0-100); empty: the resource does not pass the hard rules. Double-click a cell to open the need.</source>
        <translation>%1 bisogni aperti, %2 risorse. Ogni cella: il voto medio dei delegati x 10 dove ci sono voti, altrimenti il punteggio (0-100); vuota: la risorsa non rispetta le regole vincolanti. Fare doppio clic su una cella per aprire il bisogno.</translation>
    </message>
    <message>
        <source>%1 – score %2</source>
        <translation>%1 – punteggio %2</translation>
    </message>
    <message>
        <source>mean mark %1 of %2 marks</source>
        <translation>voto medio %1 su %2 voti</translation>
    </message>
    <message>
        <source>Export for scoring</source>
        <translation>Esporta per la valutazione</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <source>Import the delegates' marks</source>
        <translation>Importa i voti dei delegati</translation>
    </message>
    <message>
        <source>%1 marks imported from %2.</source>
        <translation>%1 voti importati da %2.</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Ottimizza</translation>
    </message>
    <message>
        <source>&amp;Needs and resources…</source>
        <translation>&amp;Bisogni e risorse…</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Stakeholder meeting</source>
        <translation>Incontro con organizzazioni</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;ettagli</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Atti&amp;vità:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Ar&amp;gomento:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>O&amp;peratore:</translation>
    </message>
    <message>
        <source>&amp;Number of participants:</source>
        <translation>Nu&amp;mero di partecipanti:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Es&amp;ito:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>Seg&amp;uito:</translation>
    </message>
    <message>
        <source>Follo&amp;w-up date:</source>
        <translation>D&amp;ata del seguito:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Or&amp;ganisations and people</source>
        <translation>&amp;Organizzazioni e persone</translation>
    </message>
    <message>
        <source>Organisat&amp;ions met:</source>
        <translation>Organizzazioni &amp;incontrate:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>People met (&amp;contact people of these organisations):</source>
        <translation>Persone incontrate (referenti di queste organi&amp;zzazioni):</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Type the code or part of the title</source>
        <translation>Scrivere il codice o parte del titolo</translation>
    </message>
</context>
<context>
    <name>MentorAssignmentEditor</name>
    <message>
        <source>Mentor assignment</source>
        <translation>Assegnazione di un mentore</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentore:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>MentorEditor</name>
    <message>
        <source>&amp;Young people</source>
        <translation>G&amp;iovani</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;New assignment…</source>
        <translation>&amp;Nuova assegnazione…</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentore</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>O&amp;rganizzazione:</translation>
    </message>
    <message>
        <source>&amp;Person of the organisation:</source>
        <translation>Referente &amp;dell'organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Trained on:</source>
        <translation>&amp;Formato il:</translation>
    </message>
    <message>
        <source>A&amp;vailability:</source>
        <translation>Dis&amp;ponibilità:</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>Atti&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>MentoringMeetingEditor</name>
    <message>
        <source>Mentoring meeting</source>
        <translation>Incontro di mentoring</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentore:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>Ora di &amp;inizio:</translation>
    </message>
    <message>
        <source>&amp;End time:</source>
        <translation>Ora di &amp;fine:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>&amp;Sintesi:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>P&amp;rossimo appuntamento:</translation>
    </message>
    <message>
        <source>Next appointment t&amp;ime:</source>
        <translation>&amp;Ora del prossimo appuntamento:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <source>Type part of the name</source>
        <translation>Scrivere parte del nome</translation>
    </message>
    <message>
        <source>%1 (ceased)</source>
        <translation>%1 (cessato)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Giovani</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>The young people's path</source>
        <translation>Il percorso dei giovani</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperazione</translation>
    </message>
</context>
<context>
    <name>NeedEditor</name>
    <message>
        <source>&amp;Proposals</source>
        <translation>&amp;Proposte</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;ettagli</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Bisogno:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Group of young people:</source>
        <translation>&amp;Gruppo di giovani:</translation>
    </message>
    <message>
        <source>A description, never a name</source>
        <translation>Una descrizione, mai un nome</translation>
    </message>
    <message>
        <source>&amp;Young people:</source>
        <translation>G&amp;iovani:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <source>&amp;Urgency (1-3):</source>
        <translation>&amp;Urgenza (1-3):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>&amp;When and how much</source>
        <translation>&amp;Quando e quanto</translation>
    </message>
    <message>
        <source>Needed &amp;from:</source>
        <translation>Necessario &amp;dal:</translation>
    </message>
    <message>
        <source>Needed &amp;until:</source>
        <translation>Necessario &amp;fino al:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Giorni:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Q&amp;uantità:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>U&amp;nità di misura:</translation>
    </message>
    <message>
        <source>Recorded o&amp;n:</source>
        <translation>Registrato i&amp;l:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>&amp;Registrato da:</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Es&amp;ito:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>NetworkExport</name>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Questionnaire: response rate and rule</source>
        <translation>Questionario: tasso di risposta e regola</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Tie kinds</source>
        <translation>Tipi di legame</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Weighted degree</source>
        <translation>Grado pesato</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Intermediazione</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Vincolo</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Dimensione efficace</translation>
    </message>
    <message>
        <source>The association</source>
        <translation>L'associazione</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Legami</translation>
    </message>
    <message>
        <source>Kinds of relation (questionnaire)</source>
        <translation>Tipi di relazione (questionario)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensità</translation>
    </message>
</context>
<context>
    <name>NetworkIndicators</name>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Legami</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densità</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componenti</translation>
    </message>
    <message>
        <source>Share in the largest component</source>
        <translation>Quota nella componente più grande</translation>
    </message>
    <message>
        <source>Isolates</source>
        <translation>Organizzazioni isolate</translation>
    </message>
    <message>
        <source>Average degree</source>
        <translation>Grado medio</translation>
    </message>
    <message>
        <source>Degree centralisation</source>
        <translation>Centralizzazione del grado</translation>
    </message>
    <message>
        <source>Reciprocity of questionnaire ties</source>
        <translation>Reciprocità dei legami del questionario</translation>
    </message>
    <message>
        <source>Multiplexity</source>
        <translation>Multiplessità</translation>
    </message>
    <message>
        <source>E-I index by sector</source>
        <translation>Indice E-I per settore</translation>
    </message>
    <message>
        <source>Ties within a sector</source>
        <translation>Legami nello stesso settore</translation>
    </message>
    <message>
        <source>Ties across sectors</source>
        <translation>Legami tra settori diversi</translation>
    </message>
    <message>
        <source>Questionnaire answers</source>
        <translation>Risposte al questionario</translation>
    </message>
    <message>
        <source>Questionnaire response rate</source>
        <translation>Tasso di risposta al questionario</translation>
    </message>
</context>
<context>
    <name>NetworkPdf</name>
    <message>
        <source>Cooperation between organisations</source>
        <translation>Cooperazione tra organizzazioni</translation>
    </message>
    <message>
        <source>the association</source>
        <translation>l'associazione</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Prima e dopo</translation>
    </message>
    <message>
        <source>No period before to compare with.</source>
        <translation>Nessun periodo precedente con cui confrontare.</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>rispetto a %1</translation>
    </message>
    <message>
        <source>From the questionnaire: %1.</source>
        <translation>Dal questionario: %1.</translation>
    </message>
    <message>
        <source>Ties counted: %1. Density: the share of the possible ties present; betweenness with distance 1/weight.</source>
        <translation>Legami contati: %1. Densità: la quota dei legami possibili che sono presenti; intermediazione con distanza 1/peso.</translation>
    </message>
    <message>
        <source>Data of organisations: no person is named.</source>
        <translation>Dati di organizzazioni: nessuna persona è nominata.</translation>
    </message>
</context>
<context>
    <name>NetworkReport</name>
    <message>
        <source>a tie counts if either side names it</source>
        <translation>un legame conta se lo indica una delle due parti</translation>
    </message>
    <message>
        <source>a tie counts if both sides name it</source>
        <translation>un legame conta se lo indicano entrambe le parti</translation>
    </message>
    <message>
        <source>New ties since the period before</source>
        <translation>Legami nuovi rispetto al periodo precedente</translation>
    </message>
    <message>
        <source>Ties lost since the period before</source>
        <translation>Legami persi rispetto al periodo precedente</translation>
    </message>
    <message>
        <source>Ties kept from the period before</source>
        <translation>Legami mantenuti dal periodo precedente</translation>
    </message>
    <message>
        <source>Density in the period before</source>
        <translation>Densità nel periodo precedente</translation>
    </message>
    <message>
        <source>Density in this period</source>
        <translation>Densità in questo periodo</translation>
    </message>
    <message>
        <source>every date</source>
        <translation>tutte le date</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>response rate %1 (%2 of %3); %4</source>
        <translation>tasso di risposta %1 (%2 su %3); %4</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>%1 was upgraded for this version of SocialNEET Desktop. The file as it was before is kept as %2.</source>
        <translation>%1 è stato aggiornato per questa versione di SocialNEET Desktop. Il file com'era prima è conservato come %2.</translation>
    </message>
    <message>
        <source>Open it read-only? Nothing can be changed or saved then.</source>
        <translation>Aprirlo in sola lettura? In tal caso non si potrà modificare né salvare nulla.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Apri in sola lettura</translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation>Database aggiornato</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose from the calendar (F4)</source>
        <translation>Scegliere dal calendario (F4)</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>A similar organisation exists: %1 (%2)</source>
        <translation>Esiste già un'organizzazione simile: %1 (%2)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Open &amp;it</source>
        <translation>Apri &amp;quella</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>Codice fisc&amp;ale:</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Partita I&amp;VA:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Com&amp;une:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Indiri&amp;zzo:</translation>
    </message>
    <message>
        <source>Postal &amp;code:</source>
        <translation>CA&amp;P:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sito &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Settore:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Contact peop&amp;le</source>
        <translation>&amp;Referenti</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Rim&amp;uovi</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>OutcomeEditor</name>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>&amp;Employer or school:</source>
        <translation>Datore di lavoro o &amp;scuola:</translation>
    </message>
    <message>
        <source>Employer &amp;kind:</source>
        <translation>Tipo di datore di la&amp;voro:</translation>
    </message>
    <message>
        <source>&amp;Learned how:</source>
        <translation>Fonte dell'&amp;informazione:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>La cartella di %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 does not end in %2.</source>
        <translation>%1 non termina con %2.</translation>
    </message>
    <message>
        <source>%1 is the open database or one of its files: it would be destroyed.</source>
        <translation>%1 è il database aperto o uno dei suoi file: verrebbe distrutto.</translation>
    </message>
    <message>
        <source>%1 is the file being read: it would be destroyed.</source>
        <translation>%1 è il file che si sta importando: verrebbe distrutto.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 esiste già.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Not in use elsewhere.</source>
        <translation>Non è aperto altrove.</translation>
    </message>
    <message>
        <source>In use by: %1</source>
        <translation>In uso da parte di: %1</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Database cifrato</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted.</source>
        <translation>Il backup %1 è cifrato.</translation>
    </message>
    <message>
        <source>%1 is encrypted.</source>
        <translation>%1 è cifrato.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (for this Windows user)</source>
        <translation>&amp;Ricordarla su questo computer (per questo utente di Windows)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>This passphrase does not open the file. Try again (the file was not changed).</source>
        <translation>Questa password non apre il file. Riprovare (il file non è stato modificato).</translation>
    </message>
</context>
<context>
    <name>PathSteps</name>
    <message>
        <source>Meeting Point visit</source>
        <translation>Colloquio al Meeting Point</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Corso di formazione</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentore</translation>
    </message>
    <message>
        <source>Mentoring meeting</source>
        <translation>Incontro di mentoring</translation>
    </message>
    <message>
        <source>Project idea</source>
        <translation>Idea progettuale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
</context>
<context>
    <name>PlacementEditor</name>
    <message>
        <source>Timesheet (to sign)</source>
        <translation>Foglio ore (da firmare)</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Ore</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>O&amp;rganizzazione ospitante:</translation>
    </message>
    <message>
        <source>&amp;Tutor there:</source>
        <translation>T&amp;utor dell'organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Ini&amp;zio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>Hours a &amp;week:</source>
        <translation>Ore &amp;settimanali:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation>Contr&amp;atto:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Optimise</source>
        <translation>Ottimizza</translation>
    </message>
    <message>
        <source>The best one-to-one set of assignments for the open needs (%1 pairs, total %2). Proposing records them as proposals: each one is still confirmed by a person.</source>
        <translation>La migliore assegnazione uno a uno per i bisogni aperti (%1 coppie, totale %2). Proponendole, vengono registrate come proposte: ciascuna va comunque confermata da una persona.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
    <message>
        <source>Unused resource</source>
        <translation>Risorsa inutilizzata</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>&amp;Propose these</source>
        <translation>&amp;Proponi queste</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>A new language is used from the next start of the program.</source>
        <translation>La nuova lingua sarà usata dal prossimo avvio del programma.</translation>
    </message>
    <message>
        <source>&amp;Start on the list used last instead of the home page</source>
        <translation>&amp;Apri all'avvio l'ultimo elenco usato invece della pagina iniziale</translation>
    </message>
    <message>
        <source>Always &amp;ask where to save a printed document</source>
        <translation>Chiedi &amp;sempre dove salvare un documento stampato</translation>
    </message>
    <message>
        <source>Otherwise a document opens straight in the PDF viewer, to print it or to save a copy from there.</source>
        <translation>Altrimenti il documento si apre direttamente nel visualizzatore PDF, da cui stamparlo o salvarne una copia.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Open the document in the PDF viewer (to print it), or save it as a file?</source>
        <translation>Aprire il documento nel visualizzatore PDF (per stamparlo) o salvarlo come file?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salva come…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>The document was not written: %1</source>
        <translation>Il documento non è stato scritto: %1</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>Empty &amp;rows:</source>
        <translation>&amp;Righe vuote:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>Write the dates as dd/mm/yyyy.</source>
        <translation>Scrivere le date come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>La fine del periodo viene prima del suo inizio.</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <source>Blank attendance register</source>
        <translation>Foglio presenze in bianco</translation>
    </message>
    <message>
        <source>Stakeholder meetings</source>
        <translation>Incontri con le organizzazioni</translation>
    </message>
    <message>
        <source>Unused resources</source>
        <translation>Risorse inutilizzate</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>&amp;Visit sheet of the selected visit…</source>
        <translation>Scheda &amp;colloquio del colloquio selezionato…</translation>
    </message>
    <message>
        <source>&amp;Contact file of the selected contact…</source>
        <translation>&amp;Fascicolo della persona selezionata…</translation>
    </message>
    <message>
        <source>Privacy &amp;notice and consent of the selected contact…</source>
        <translation>&amp;Informativa privacy e consenso della persona selezionata…</translation>
    </message>
    <message>
        <source>&amp;Attendance register…</source>
        <translation>Foglio &amp;presenze…</translation>
    </message>
    <message>
        <source>&amp;Blank attendance register…</source>
        <translation>Foglio presenze in &amp;bianco…</translation>
    </message>
    <message>
        <source>Stakeholder &amp;meetings…</source>
        <translation>Incontri con le &amp;organizzazioni…</translation>
    </message>
    <message>
        <source>&amp;Unused resources…</source>
        <translation>&amp;Risorse inutilizzate…</translation>
    </message>
    <message>
        <source>Select a visit in the Meeting Point visits list first.</source>
        <translation>Selezionare prima un colloquio nell'elenco dei colloqui del Meeting Point.</translation>
    </message>
    <message>
        <source>Select a person in the NEET contacts list first.</source>
        <translation>Selezionare prima una persona nell'elenco dei contatti NEET.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The data controller is %1, %2. Your personal data are processed to give you the orientation, training and job-search services of the project “%3”, funded by %4, and to report on the project to the funder.</source>
        <translation>Il titolare del trattamento è %1, %2. I Suoi dati personali sono trattati per offrirLe i servizi di orientamento, formazione e ricerca del lavoro del progetto “%3”, finanziato da %4, e per la rendicontazione del progetto al finanziatore.</translation>
    </message>
    <message>
        <source>The data are kept on the association's computers, are seen only by its staff, and are sent to the funder only as anonymous totals unless the law requires otherwise. They are kept for the duration of the project and then deleted or made anonymous.</source>
        <translation>I dati sono conservati sui computer dell'associazione, sono consultati solo dal suo personale e sono comunicati al finanziatore solo in forma aggregata e anonima, salvo obblighi di legge. Sono conservati per la durata del progetto e poi cancellati o resi anonimi.</translation>
    </message>
    <message>
        <source>You may ask to see, correct or delete your data, to limit or object to their processing, and you may complain to the Garante per la protezione dei dati personali (articles 15–22 and 77 of Regulation (EU) 2016/679).</source>
        <translation>Può chiedere l'accesso, la rettifica o la cancellazione dei dati, la limitazione del trattamento od opporsi ad esso, e può proporre reclamo al Garante per la protezione dei dati personali (articoli 15–22 e 77 del Regolamento (UE) 2016/679).</translation>
    </message>
    <message>
        <source>to the processing of my data for the project activities</source>
        <translation>al trattamento dei miei dati per le attività del progetto</translation>
    </message>
    <message>
        <source>to be contacted by phone or e-mail about project opportunities</source>
        <translation>a essere contattato/a per telefono o e-mail sulle opportunità del progetto</translation>
    </message>
    <message>
        <source>I consent</source>
        <translation>Acconsento</translation>
    </message>
    <message>
        <source>I do not consent</source>
        <translation>Non acconsento</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Luogo e data</translation>
    </message>
    <message>
        <source>Signature of the data subject</source>
        <translation>Firma dell'interessato/a</translation>
    </message>
    <message>
        <source>Signature of the parent or guardian</source>
        <translation>Firma del genitore o tutore</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Interessato/a</translation>
    </message>
    <message>
        <source>Minor: parent or guardian %1</source>
        <translation>Minorenne: genitore o tutore %1</translation>
    </message>
    <message>
        <source>Information on the processing of personal data</source>
        <translation>Informativa sul trattamento dei dati personali</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versione %1</translation>
    </message>
    <message>
        <source>Privacy notice and consent</source>
        <translation>Informativa privacy e consenso</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prossimo: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Summary and outcome</source>
        <translation>Sintesi ed esito</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Dati anagrafici</translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation>Colloqui (%1)</translation>
    </message>
    <message>
        <source>No visits recorded.</source>
        <translation>Nessun colloquio registrato.</translation>
    </message>
    <message>
        <source>Contact file</source>
        <translation>Scheda anagrafica</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Stampato il %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Signature in</source>
        <translation>Firma entrata</translation>
    </message>
    <message>
        <source>Signature out</source>
        <translation>Firma uscita</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formatore</translation>
    </message>
    <message>
        <source>The trainer's signature</source>
        <translation>Firma del formatore</translation>
    </message>
    <message>
        <source>Signature register</source>
        <translation>Registro firme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Giustificato</translation>
    </message>
    <message>
        <source>Hours present</source>
        <translation>Ore di presenza</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation>sotto il minimo</translation>
    </message>
    <message>
        <source>Sessions held: %1 of %2. Minimum attendance: %3 %.</source>
        <translation>Lezioni svolte: %1 su %2. Frequenza minima: %3 %.</translation>
    </message>
    <message>
        <source>Attendance rate of the course: %1</source>
        <translation>Frequenza del corso: %1</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Riepilogo delle presenze</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Entrata</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>No visits in this period.</source>
        <translation>Nessun colloquio nel periodo.</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Foglio presenze</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>Rilevata il</translation>
    </message>
    <message>
        <source>Nothing recorded in this period.</source>
        <translation>Nulla di registrato nel periodo.</translation>
    </message>
    <message>
        <source>NEET contacts</source>
        <translation>Contatti NEET</translation>
    </message>
    <message>
        <source>Meeting Point visits</source>
        <translation>Colloqui al Meeting Point</translation>
    </message>
    <message>
        <source>Stakeholder meetings</source>
        <translation>Incontri con le organizzazioni</translation>
    </message>
    <message>
        <source>Unused resources</source>
        <translation>Risorse inutilizzate</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Project so far</source>
        <translation>Dall'inizio del progetto</translation>
    </message>
    <message>
        <source>People reached per month</source>
        <translation>Persone raggiunte per mese</translation>
    </message>
    <message>
        <source>The project at a glance</source>
        <translation>Il progetto in sintesi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizzazione ospitante</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Tutor's initials</source>
        <translation>Sigla del tutor</translation>
    </message>
    <message>
        <source>Total hours</source>
        <translation>Totale ore</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Ore settimanali</translation>
    </message>
    <message>
        <source>The placement has no start date: no weeks.</source>
        <translation>Il tirocinio non ha una data di inizio: nessuna settimana.</translation>
    </message>
    <message>
        <source>We declare that the hours above were worked at the host organisation.</source>
        <translation>Si dichiara che le ore sopra indicate sono state svolte presso l'organizzazione ospitante.</translation>
    </message>
    <message>
        <source>Signature of the tutor</source>
        <translation>Firma del tutor</translation>
    </message>
    <message>
        <source>Placement timesheet</source>
        <translation>Foglio ore del tirocinio</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Residenza</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Titolo di studio</translation>
    </message>
    <message>
        <source>Labour status</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <source>Youth Guarantee</source>
        <translation>Garanzia Giovani</translation>
    </message>
    <message>
        <source>Heard from</source>
        <translation>Come ci ha conosciuto</translation>
    </message>
    <message>
        <source>Sectors of interest</source>
        <translation>Settori di interesse</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <source>Consent to be contacted</source>
        <translation>Consenso a essere contattato/a</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Genitore o tutore</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mesi</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prossimo appuntamento</translation>
    </message>
    <message>
        <source>Young person</source>
        <translation>Giovane</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Signature of the young person</source>
        <translation>Firma del/della giovane</translation>
    </message>
    <message>
        <source>Signature of the staff member</source>
        <translation>Firma dell'operatore</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>Scheda colloquio</translation>
    </message>
    <message>
        <source>Visit sheets</source>
        <translation>Schede colloquio</translation>
    </message>
    <message>
        <source>Contact files</source>
        <translation>Schede anagrafiche</translation>
    </message>
    <message>
        <source>The session %1 does not exist (any more).</source>
        <translation>La lezione %1 non esiste (più).</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Personal data</source>
        <translation>Dati personali</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Colloqui</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <source>Data held on a person</source>
        <translation>Dati conservati su una persona</translation>
    </message>
    <message>
        <source>Personal record</source>
        <translation>Scheda anagrafica</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Colloquio %1</translation>
    </message>
    <message>
        <source>In the recycle bin since</source>
        <translation>Nel cestino dal</translation>
    </message>
    <message>
        <source>Anonymised on</source>
        <translation>Anonimizzato il</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Cancellato</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[cancellato]</translation>
    </message>
    <message>
        <source>erase a person's data, retention review, access</source>
        <translation>cancellazione dei dati di una persona, revisione della conservazione, accesso</translation>
    </message>
    <message>
        <source>anonymise one NEET contact</source>
        <translation>anonimizza un contatto NEET</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>non chiedere conferma</translation>
    </message>
    <message>
        <source>list contacts with no visit for longer than N months</source>
        <translation>elenca i contatti senza colloqui da più di N mesi</translation>
    </message>
    <message>
        <source>export everything held on one person</source>
        <translation>esporta tutti i dati conservati su una persona</translation>
    </message>
    <message>
        <source>--contact-id: there is no NEET contact %1</source>
        <translation>--contact-id: non esiste il contatto NEET %1</translation>
    </message>
    <message>
        <source>--reason: give the reason of the erasure</source>
        <translation>--reason: indicare il motivo della cancellazione</translation>
    </message>
    <message>
        <source>Erase the personal data of contact %1? Type yes: </source>
        <translation>Cancellare i dati personali del contatto %1? Scrivere sì: </translation>
    </message>
    <message>
        <source>--contact-id: %1 was already erased</source>
        <translation>--contact-id: %1 era già stato cancellato</translation>
    </message>
    <message>
        <source>The personal data of contact %1 were erased.</source>
        <translation>I dati personali del contatto %1 sono stati cancellati.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the file has become read-only</source>
        <translation>il file è diventato di sola lettura</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>nella cartella non si può scrivere</translation>
    </message>
    <message>
        <source>another program is saving to the file</source>
        <translation>un altro programma sta salvando nel file</translation>
    </message>
    <message>
        <source>The personal data of contact %1 were erased, but %2 could not be compacted afterwards: %3. Until it is, pieces of the erased data may remain in the unused space of the file. Solve the problem and run this command again to compact it.</source>
        <translation>I dati personali del contatto %1 sono stati cancellati, ma poi non è stato possibile compattare %2: %3. Finché non lo sarà, frammenti dei dati cancellati possono restare nello spazio inutilizzato del file. Risolvere il problema ed eseguire di nuovo questo comando per compattarlo.</translation>
    </message>
    <message>
        <source>--months: must be 1 or more</source>
        <translation>--months: deve essere 1 o più</translation>
    </message>
    <message>
        <source>Contacts with no visit for more than %1 months: %2</source>
        <translation>Contatti senza colloqui da più di %1 mesi: %2</translation>
    </message>
    <message>
        <source>--out: the file name must end in .xlsx or .pdf</source>
        <translation>--out: il nome del file deve finire con .xlsx o .pdf</translation>
    </message>
    <message>
        <source>--out: %1</source>
        <translation>--out: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Scritto in %1</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Cancella i dati personali</translation>
    </message>
    <message>
        <source>I confirm the erasure</source>
        <translation>Confermo la cancellazione</translation>
    </message>
    <message>
        <source>Type the surname to confirm:</source>
        <translation>Digita il cognome per confermare:</translation>
    </message>
    <message>
        <source>Reason (e.g. written request of …):</source>
        <translation>Motivo (es. richiesta scritta del …):</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>The surname typed does not match: nothing was erased.</source>
        <translation>Il cognome digitato non corrisponde: non è stato cancellato nulla.</translation>
    </message>
    <message>
        <source>Give the reason of the erasure.</source>
        <translation>Indicare il motivo della cancellazione.</translation>
    </message>
    <message>
        <source>This person's data were already erased.</source>
        <translation>I dati di questa persona erano già stati cancellati.</translation>
    </message>
    <message>
        <source>Erasing the data from the backups and copies of the database…</source>
        <translation>Cancellazione dei dati dai backup e dalle copie del database…</translation>
    </message>
    <message>
        <source>The personal data were erased, but the database or its copies could not be rewritten afterwards: %1

Until they are, pieces of the erased data may remain in them. Solve the problem, then choose Erase personal data for this person again to finish.</source>
        <translation>I dati personali sono stati cancellati, ma poi non è stato possibile riscrivere il database o le sue copie: %1

Finché non lo saranno, frammenti dei dati cancellati possono restarvi. Risolvere il problema, poi scegliere di nuovo Cancella i dati personali per questa persona per completare.</translation>
    </message>
    <message>
        <source>The identifying data of %1 will be erased for good: first and last name, codice fiscale, birthplace, address, phone, e-mail, guardian, notes, the summary and outcome of the visits, and the same values in the history of changes. The birth date keeps only the year.

What stays: gender, municipality of residence, education, labour status and every visit (date, type, staff member), so the statistics for the funder do not change. The erasure is recorded in the history with your name, without the erased values, and in the register of erasures (no personal data), which a restore of an older backup applies again.

The backups and the copies of the database kept by the program are scrubbed too; a backup folder that cannot be reached now is scrubbed the next time it can be.</source>
        <translation>I dati identificativi di %1 saranno cancellati definitivamente: nome e cognome, codice fiscale, luogo di nascita, indirizzo, telefono, e-mail, genitore o tutore, note, sintesi ed esito dei colloqui, e gli stessi valori nella cronologia delle modifiche. Della data di nascita resta solo l'anno.

Restano: genere, comune di residenza, titolo di studio, condizione lavorativa e ogni colloquio (data, tipo, operatore), così le statistiche per il finanziatore non cambiano. La cancellazione è registrata nella cronologia con il nome di chi la esegue, senza i valori cancellati, e nel registro delle cancellazioni (senza dati personali), che il ripristino di un backup precedente applica di nuovo.

Vengono ripuliti anche i backup e le copie del database conservati dal programma; una cartella dei backup che ora non è raggiungibile sarà ripulita la prossima volta che lo sarà.</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Revisione dei tempi di conservazione</translation>
    </message>
    <message>
        <source>No visit for more than (months):</source>
        <translation>Nessun colloquio da più di (mesi):</translation>
    </message>
    <message>
        <source>Anonymise selected…</source>
        <translation>Anonimizza i selezionati…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Person code</source>
        <translation>Codice persona</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Ultimo colloquio</translation>
    </message>
    <message>
        <source>Nobody: every contact had a visit in the last %1 months.</source>
        <translation>Nessuno: ogni contatto ha avuto un colloquio negli ultimi %1 mesi.</translation>
    </message>
    <message>
        <source>Tick the contacts to anonymise first.</source>
        <translation>Spuntare prima i contatti da anonimizzare.</translation>
    </message>
    <message>
        <source>Erase for good the identifying data of %1 contacts? Their visits keep counting in the statistics.</source>
        <translation>Cancellare definitivamente i dati identificativi di %1 contatti? I loro colloqui continuano a contare nelle statistiche.</translation>
    </message>
    <message>
        <source>Retention period of %1 months expired</source>
        <translation>Scaduto il periodo di conservazione di %1 mesi</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
    <message>
        <source>Backups and copies of the database scrubbed of the erased data: %1 of %2.</source>
        <translation>Backup e copie del database ripuliti dai dati cancellati: %1 su %2.</translation>
    </message>
    <message>
        <source>No backup or copy of the database held the erased data.</source>
        <translation>Nessun backup né copia del database conteneva i dati cancellati.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached (a USB stick not plugged in?): its backups still hold the erased data and will be scrubbed the next time the database is opened or backed up with the folder reachable.</source>
        <translation>La cartella dei backup %1 non è raggiungibile (una chiavetta USB non inserita?): i suoi backup contengono ancora i dati cancellati e saranno ripuliti la prossima volta che il database viene aperto o salvato in backup con la cartella raggiungibile.</translation>
    </message>
    <message>
        <source>%1 could not be scrubbed (%2): it will be tried again at the next opening.</source>
        <translation>Non è stato possibile ripulire %1 (%2): si riproverà alla prossima apertura.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Marks not imported</source>
        <translation>Voti non importati</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows need correcting in the workbook. Correct them and import the file again.</source>
        <translation>Non è stato importato nulla: %1 righe del file Excel vanno corrette. Correggerle e importare di nuovo il file.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… e altre %1.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Relazione sulle attività</translation>
    </message>
    <message>
        <source>The report was written to %1. Open it now?</source>
        <translation>La relazione è stata scritta in %1. Aprirla ora?</translation>
    </message>
    <message>
        <source>Word document, to complete (*.docx)</source>
        <translation>Documento Word, da completare (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Impossibile scrivere la relazione: %1</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Stampato il %1</translation>
    </message>
    <message>
        <source>Resources of the territory mapped</source>
        <translation>Risorse del territorio mappate</translation>
    </message>
    <message>
        <source>Surveyed on</source>
        <translation>Rilevata il</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Annex 1 – List of the organisations met</source>
        <translation>Allegato 1 – Elenco delle organizzazioni incontrate</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primo</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Ultimo</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Persone incontrate</translation>
    </message>
    <message>
        <source>Annex 2 – Attendance registers of the courses</source>
        <translation>Allegato 2 – Registri presenze dei corsi</translation>
    </message>
    <message>
        <source>Sessions held in the period and how many attended; the signed registers are kept at the office.</source>
        <translation>Lezioni svolte nel periodo e quanti vi hanno partecipato; i registri firmati sono conservati in ufficio.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation>Nessuno nel periodo.</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Relazione sulle attività</translation>
    </message>
    <message>
        <source>Description of the activities carried out</source>
        <translation>Descrizione delle attività svolte</translation>
    </message>
    <message>
        <source>[To be completed by the office: what was done, with whom, and the results.]</source>
        <translation>[Da completare a cura dell'ufficio: che cosa è stato fatto, con chi e con quali risultati.]</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
        <source>What the records of %1 hold for the period, activity by activity. The paragraphs in italics are for the office to complete with its own account.</source>
        <translation>Che cosa contengono le schede di %1 per il periodo, attività per attività. I paragrafi in corsivo sono da completare a cura dell'ufficio con il proprio resoconto.</translation>
    </message>
    <message>
        <source>Activity %1 – %2</source>
        <translation>Attività %1 – %2</translation>
    </message>
    <message>
        <source>period of the activity %1</source>
        <translation>periodo dell'attività %1</translation>
    </message>
    <message>
        <source>Records not assigned to an activity</source>
        <translation>Schede non assegnate a un'attività</translation>
    </message>
    <message>
        <source>Meetings and events held</source>
        <translation>Incontri ed eventi svolti</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>Corsi di formazione</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Corso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Sessions in the period</source>
        <translation>Lezioni nel periodo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completati</translation>
    </message>
    <message>
        <source>Visits to the Meeting Point: %1, by %2 young people.</source>
        <translation>Colloqui al Meeting Point: %1, con %2 giovani.</translation>
    </message>
    <message>
        <source>Placements started: %1.</source>
        <translation>Tirocini avviati: %1.</translation>
    </message>
    <message>
        <source>Mentoring meetings held: %1.</source>
        <translation>Incontri di mentoring svolti: %1.</translation>
    </message>
    <message>
        <source>Project ideas presented: %1.</source>
        <translation>Idee progettuali presentate: %1.</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Giovani</translation>
    </message>
    <message>
        <source>Targets against achieved</source>
        <translation>Obiettivi e risultati raggiunti</translation>
    </message>
    <message>
        <source>No target is set for this activity in the period.</source>
        <translation>Nessun obiettivo è fissato per questa attività nel periodo.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Counted over</source>
        <translation>Periodo di conteggio</translation>
    </message>
    <message>
        <source>* Recorded for the whole project, not per activity: counted project-wide.</source>
        <translation>* Registrato per l'intero progetto, non per attività: contato sull'intero progetto.</translation>
    </message>
    <message>
        <source>Nothing was recorded from %1 to %2 (no meeting, visit, course session, placement, mentoring meeting, project idea or resource): no progress report is written for an empty period.</source>
        <translation>Dal %1 al %2 non è stato registrato nulla (nessun incontro, colloquio, lezione, tirocinio, incontro di mentoring, idea progettuale o risorsa): per un periodo vuoto non si scrive la relazione sulle attività.</translation>
    </message>
    <message>
        <source>The period from %1 to %2 ends before it starts: choose the dates again.</source>
        <translation>Il periodo dal %1 al %2 finisce prima di cominciare: scegliere di nuovo le date.</translation>
    </message>
    <message>
        <source>Needs and resources</source>
        <translation>Bisogni e risorse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Weights of the matching score: %1.</source>
        <translation>Pesi del punteggio di abbinamento: %1.</translation>
    </message>
    <message>
        <source>Needs recorded in the period: %1.</source>
        <translation>Bisogni registrati nel periodo: %1.</translation>
    </message>
    <message>
        <source>Matches made (proposals confirmed)</source>
        <translation>Abbinamenti fatti (proposte confermate)</translation>
    </message>
    <message>
        <source>Matches satisfied</source>
        <translation>Abbinamenti con esito soddisfatto</translation>
    </message>
    <message>
        <source>Matches not satisfied</source>
        <translation>Abbinamenti con esito non soddisfatto</translation>
    </message>
    <message>
        <source>Resources reused through a match</source>
        <translation>Risorse riutilizzate grazie a un abbinamento</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>Relazione sulle attività</translation>
    </message>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Lingua della relazione:</translation>
    </message>
    <message>
        <source>One section per project activity with what the records say, and the annexes: the organisations met and the courses' attendance registers. No young person is named.</source>
        <translation>Una sezione per ogni attività di progetto con ciò che dicono le schede, e gli allegati: le organizzazioni incontrate e i registri presenze dei corsi. Nessun giovane è nominato.</translation>
    </message>
    <message>
        <source>%1: not a date in the form gg/mm/aaaa</source>
        <translation>%1: non è una data nella forma gg/mm/aaaa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
</context>
<context>
    <name>ProjectIdeaEditor</name>
    <message>
        <source>None attached</source>
        <translation>Nessun allegato</translation>
    </message>
    <message>
        <source>Attach the business plan</source>
        <translation>Allegare il business plan</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Business plan not attached</source>
        <translation>Business plan non allegato</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 non si può leggere: %2</translation>
    </message>
    <message>
        <source>Business plan not opened</source>
        <translation>Business plan non aperto</translation>
    </message>
    <message>
        <source>It could not be written: %1</source>
        <translation>Non è stato possibile scriverlo: %1</translation>
    </message>
    <message>
        <source>Project idea</source>
        <translation>Idea progettuale</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Settore:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Mentor:</source>
        <translation>M&amp;entore:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;o:</translation>
    </message>
    <message>
        <source>Day of the &amp;idea:</source>
        <translation>Giorno dell'&amp;idea:</translation>
    </message>
    <message>
        <source>Business plan sta&amp;rted on:</source>
        <translation>Business plan a&amp;vviato il:</translation>
    </message>
    <message>
        <source>Business plan d&amp;one on:</source>
        <translation>Business plan com&amp;pletato il:</translation>
    </message>
    <message>
        <source>&amp;Presented on:</source>
        <translation>Prese&amp;ntata il:</translation>
    </message>
    <message>
        <source>Business started o&amp;n:</source>
        <translation>Impresa avviata i&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Abandoned on:</source>
        <translation>A&amp;bbandonata il:</translation>
    </message>
    <message>
        <source>&amp;Funding sought (€):</source>
        <translation>&amp;Finanziamento richiesto (€):</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Funding sour&amp;ce:</source>
        <translation>Fonte di finan&amp;ziamento:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Business plan:</source>
        <translation>Business plan:</translation>
    </message>
    <message>
        <source>Attac&amp;h…</source>
        <translation>&amp;Allega…</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>Ap&amp;ri</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Gr&amp;uppo</translation>
    </message>
    <message>
        <source>&amp;Young person:</source>
        <translation>G&amp;iovane:</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>&amp;Aggiungi al gruppo</translation>
    </message>
    <message>
        <source>&amp;Remove from the team</source>
        <translation>&amp;Rimuovi dal gruppo</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>ProjectIdeas</name>
    <message>
        <source>%1 is %2 MB: a business plan can be at most 20 MB. Save it smaller (a PDF without full-size pictures) and attach it again.</source>
        <translation>%1 pesa %2 MB: un business plan può pesare al massimo 20 MB. Salvarlo più leggero (un PDF senza immagini a piena risoluzione) e allegarlo di nuovo.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>%1 è vuoto: non c'è nulla da allegare.</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Unused resource</source>
        <translation>Risorsa inutilizzata</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <source>Mean mark</source>
        <translation>Voto medio</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Voti</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersione</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Pro&amp;pose</source>
        <translation>Pr&amp;oponi</translation>
    </message>
    <message>
        <source>&amp;Mark…</source>
        <translation>&amp;Vota…</translation>
    </message>
    <message>
        <source>Con&amp;firm…</source>
        <translation>&amp;Conferma…</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Respingi</translation>
    </message>
    <message>
        <source>Out&amp;come…</source>
        <translation>Es&amp;ito…</translation>
    </message>
    <message>
        <source>Save the need to see the resources that may serve it.</source>
        <translation>Salvare il bisogno per vedere le risorse che potrebbero servirgli.</translation>
    </message>
    <message>
        <source>%1 resources may serve this need, best first: ranked by the delegates' mean mark where there are marks (x 10), else by the score.</source>
        <translation>%1 risorse potrebbero servire a questo bisogno, dalla migliore: in ordine di voto medio dei delegati dove ci sono voti (x 10), altrimenti di punteggio.</translation>
    </message>
    <message>
        <source>%1 (no longer passes)</source>
        <translation>%1 (non rispetta più le regole)</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Perché: %1.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposte</translation>
    </message>
    <message>
        <source>Save the need first: it has changes.</source>
        <translation>Salvare prima il bisogno: ha modifiche non salvate.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Was the need satisfied by %1?</source>
        <translation>Il bisogno è stato soddisfatto da %1?</translation>
    </message>
    <message>
        <source>&amp;Satisfied</source>
        <translation>&amp;Soddisfatto</translation>
    </message>
    <message>
        <source>&amp;Not satisfied</source>
        <translation>&amp;Non soddisfatto</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>%1 is not a cooperation questionnaire template: row %2 has no '%3' heading.</source>
        <translation>%1 non è un modello di questionario sulla cooperazione: la riga %2 non ha l'intestazione '%3'.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a spreadsheet: %2</source>
        <translation>%1 non si può leggere come foglio di calcolo: %2</translation>
    </message>
    <message>
        <source>Cell C%1: the organisation answering is missing or not among the organisations.</source>
        <translation>Cella C%1: l'organizzazione che risponde manca o non è tra le organizzazioni.</translation>
    </message>
    <message>
        <source>Cell C%1: the date is missing or not dd/mm/yyyy.</source>
        <translation>Cella C%1: la data manca o non è nella forma gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the organisation is not among the organisations.</source>
        <translation>Riga %1 (%2): l'organizzazione non è tra le organizzazioni.</translation>
    </message>
    <message>
        <source>Row %1 (%2): mark at least one kind of relation (columns C-G).</source>
        <translation>Riga %1 (%2): segnare almeno un tipo di relazione (colonne C-G).</translation>
    </message>
    <message>
        <source>Cell %1 (%2): %3 must be a whole number from 1 to 4.</source>
        <translation>Cella %1 (%2): %3 deve essere un numero intero da 1 a 4.</translation>
    </message>
    <message>
        <source>Cell %1 (%2): the intensity 1-4 is required.</source>
        <translation>Cella %1 (%2): l'intensità da 1 a 4 è obbligatoria.</translation>
    </message>
    <message>
        <source>Cell %1 (%2): since must be a year such as 2019.</source>
        <translation>Cella %1 (%2): 'Dal (anno)' deve essere un anno come 2019.</translation>
    </message>
    <message>
        <source>Row %1 (%2): the organisation is named twice.</source>
        <translation>Riga %1 (%2): l'organizzazione è indicata due volte.</translation>
    </message>
    <message>
        <source>Row %1 (%2): an organisation cannot name itself.</source>
        <translation>Riga %1 (%2): un'organizzazione non può indicare se stessa.</translation>
    </message>
    <message>
        <source>Questionnaire on the cooperation between organisations</source>
        <translation>Questionario sulla cooperazione tra organizzazioni</translation>
    </message>
    <message>
        <source>For each organisation you work with, mark the kinds of relation (x), the intensity from 1 (occasional) to 4 (constant), the year it started, and if you wish your trust in it and the value of the cooperation for you, from 1 (low) to 4 (high). Leave the other rows empty.</source>
        <translation>Per ogni organizzazione con cui si collabora, segnare i tipi di relazione (x), l'intensità da 1 (occasionale) a 4 (costante), l'anno di inizio e, se lo si desidera, la fiducia in quell'organizzazione e il valore della cooperazione, da 1 (basso) a 4 (alto). Lasciare vuote le altre righe.</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Scambio di informazioni</translation>
    </message>
    <message>
        <source>Referral of young people</source>
        <translation>Invio di giovani</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Progetto comune</translation>
    </message>
    <message>
        <source>Shared resources or premises</source>
        <translation>Risorse o locali condivisi</translation>
    </message>
    <message>
        <source>Formal agreement / memorandum</source>
        <translation>Accordo formale / protocollo d'intesa</translation>
    </message>
    <message>
        <source>Intensity (1-4)</source>
        <translation>Intensità (1-4)</translation>
    </message>
    <message>
        <source>Since (year)</source>
        <translation>Dal (anno)</translation>
    </message>
    <message>
        <source>Trust (1-4)</source>
        <translation>Fiducia (1-4)</translation>
    </message>
    <message>
        <source>Value (1-4)</source>
        <translation>Valore (1-4)</translation>
    </message>
    <message>
        <source>Organisation answering</source>
        <translation>Organizzazione che risponde</translation>
    </message>
    <message>
        <source>Date (dd/mm/yyyy)</source>
        <translation>Data (gg/mm/aaaa)</translation>
    </message>
    <message>
        <source>Role of who fills it in</source>
        <translation>Ruolo di chi compila</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Salva e chiudi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save and keep the record open (Ctrl+S)</source>
        <translation>Salva e lascia aperta la scheda (Ctrl+S)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Salvare comunque?</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Controllare, per favore</translation>
    </message>
    <message>
        <source>Reload the record now? The changes you made here are lost.</source>
        <translation>Ricaricare ora la scheda? Le modifiche fatte qui andranno perse.</translation>
    </message>
    <message>
        <source>Record changed elsewhere</source>
        <translation>Scheda modificata altrove</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Questa scheda ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Discard the changes made here?</source>
        <translation>Scartare le modifiche fatte qui?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Move this record to the recycle bin? It can be restored from there.</source>
        <translation>Spostare questa scheda nel cestino? Potrà essere ripristinata da lì.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Unused resources</source>
        <translation>Risorse inutilizzate</translation>
    </message>
    <message>
        <source>Unused resource</source>
        <translation>Risorsa inutilizzata</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>NEET contacts</source>
        <translation>Contatti NEET</translation>
    </message>
    <message>
        <source>NEET contact</source>
        <translation>Contatto NEET</translation>
    </message>
    <message>
        <source>Meeting Point visits</source>
        <translation>Colloqui al Meeting Point</translation>
    </message>
    <message>
        <source>Meeting Point visit</source>
        <translation>Colloquio al Meeting Point</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Person of a stakeholder</source>
        <translation>Referente di un'organizzazione</translation>
    </message>
    <message>
        <source>Project activities</source>
        <translation>Attività di progetto</translation>
    </message>
    <message>
        <source>Project activity</source>
        <translation>Attività di progetto</translation>
    </message>
    <message>
        <source>Activity targets</source>
        <translation>Obiettivi delle attività</translation>
    </message>
    <message>
        <source>Activity target</source>
        <translation>Obiettivo di un'attività</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Course sessions</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>Course session</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Training courses</source>
        <translation>Corsi di formazione</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Corso di formazione</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Iscrizioni</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <source>Mentor assignments</source>
        <translation>Assegnazioni dei mentori</translation>
    </message>
    <message>
        <source>Mentor assignment</source>
        <translation>Assegnazione di un mentore</translation>
    </message>
    <message>
        <source>Mentoring meetings</source>
        <translation>Incontri di mentoring</translation>
    </message>
    <message>
        <source>Mentoring meeting</source>
        <translation>Incontro di mentoring</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentori</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentore</translation>
    </message>
    <message>
        <source>Outcomes and follow-ups</source>
        <translation>Esiti e seguiti</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Placement hours</source>
        <translation>Ore di tirocinio</translation>
    </message>
    <message>
        <source>Placement hours of a week</source>
        <translation>Ore di tirocinio di una settimana</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Tirocini</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Tirocinio</translation>
    </message>
    <message>
        <source>Project ideas</source>
        <translation>Idee progettuali</translation>
    </message>
    <message>
        <source>Project idea</source>
        <translation>Idea progettuale</translation>
    </message>
    <message>
        <source>Parties to agreements</source>
        <translation>Parti degli accordi</translation>
    </message>
    <message>
        <source>Party to an agreement</source>
        <translation>Parte di un accordo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Cooperation questionnaires</source>
        <translation>Questionari sulla cooperazione</translation>
    </message>
    <message>
        <source>Cooperation questionnaire</source>
        <translation>Questionario sulla cooperazione</translation>
    </message>
    <message>
        <source>Organisations named in a questionnaire</source>
        <translation>Organizzazioni indicate nei questionari</translation>
    </message>
    <message>
        <source>Organisation named in a questionnaire</source>
        <translation>Organizzazione indicata in un questionario</translation>
    </message>
    <message>
        <source>Delegates' marks</source>
        <translation>Voti dei delegati</translation>
    </message>
    <message>
        <source>Delegate's mark</source>
        <translation>Voto di un delegato</translation>
    </message>
    <message>
        <source>Matching proposals</source>
        <translation>Proposte di abbinamento</translation>
    </message>
    <message>
        <source>Matching proposal</source>
        <translation>Proposta di abbinamento</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bisogni</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bisogno</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search…</source>
        <translation>Cerca…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 in tutto</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>More columns</source>
        <translation>Altre colonne</translation>
    </message>
</context>
<context>
    <name>RecordMerge</name>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Una scheda non si può unire a se stessa.</translation>
    </message>
    <message>
        <source>Only two records of the same kind can be merged: %1 and %2 are not.</source>
        <translation>Si possono unire solo due schede dello stesso tipo: %1 e %2 sono tipi diversi.</translation>
    </message>
    <message>
        <source>The record %1 no longer exists.</source>
        <translation>La scheda %1 non esiste più.</translation>
    </message>
    <message>
        <source>%1 is in the recycle bin: restore it first, then merge the two records.</source>
        <translation>La scheda %1 è nel cestino: ripristinarla prima, poi unire le due schede.</translation>
    </message>
    <message>
        <source>%1 was erased (privacy): an erased record cannot be merged.</source>
        <translation>La scheda %1 è stata cancellata (privacy): una scheda cancellata non si può unire.</translation>
    </message>
    <message>
        <source>Both records have a record of %1 that would become the same one (%2): merge or delete one of those first.</source>
        <translation>Entrambe le schede hanno una scheda di %1 che diventerebbe la stessa (%2): prima unire o eliminare una delle due.</translation>
    </message>
    <message>
        <source>%1 is not a field that can be merged.</source>
        <translation>%1 non è un campo che si può unire.</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Unione di due schede</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; is kept, &lt;b&gt;%3&lt;/b&gt; is merged into it. Choose, for each field that differs, the value to keep. %4 records and links naming the merged record will name the one kept; the merged record goes to the recycle bin, and packages from other computers that still have it will follow it.</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; resta, &lt;b&gt;%3&lt;/b&gt; viene unita a essa. Scegliere, per ogni campo diverso, il valore da tenere. %4 schede e collegamenti che indicano la scheda unita indicheranno quella che resta; la scheda unita va nel cestino, e i pacchetti di altri computer che la hanno ancora la seguiranno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resta: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unita: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The two records hold the same values.</source>
        <translation>Le due schede hanno gli stessi valori.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
</context>
<context>
    <name>RecordOpener</name>
    <message>
        <source>Not available yet</source>
        <translation>Non ancora disponibile</translation>
    </message>
    <message>
        <source>Records of this kind cannot be edited in this version yet.</source>
        <translation>Le schede di questo tipo non si possono ancora modificare in questa versione.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type part of the name</source>
        <translation>Scrivere parte del nome</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Someone else changed this record after you opened it. Your changes were not saved: reload the record to see the new version.</source>
        <translation>Qualcun altro ha modificato questa scheda dopo la sua apertura. Le modifiche non sono state salvate: ricaricare la scheda per vedere la nuova versione.</translation>
    </message>
    <message>
        <source>This record is no longer in the recycle bin: someone else restored it.</source>
        <translation>Questa scheda non è più nel cestino: qualcun altro l'ha ripristinata.</translation>
    </message>
    <message>
        <source>same codice fiscale</source>
        <translation>stesso codice fiscale</translation>
    </message>
    <message>
        <source>similar name, same birth date</source>
        <translation>nome simile, stessa data di nascita</translation>
    </message>
    <message>
        <source>same tax code or VAT number</source>
        <translation>stesso codice fiscale o partita IVA</translation>
    </message>
    <message>
        <source>similar name, same municipality</source>
        <translation>nome simile, stesso comune</translation>
    </message>
    <message>
        <source>Meeting %1 – %2</source>
        <translation>Incontro %1 – %2</translation>
    </message>
    <message>
        <source>Visit %1 – %2</source>
        <translation>Colloquio %1 – %2</translation>
    </message>
    <message>
        <source>Activity %1 – %2</source>
        <translation>Attività %1 – %2</translation>
    </message>
    <message>
        <source>Target %1 %2, activity %3</source>
        <translation>Obiettivo %1 %2, attività %3</translation>
    </message>
    <message>
        <source>Attendance %1 – %2</source>
        <translation>Presenza %1 – %2</translation>
    </message>
    <message>
        <source>Session %1 – %2</source>
        <translation>Lezione %1 – %2</translation>
    </message>
    <message>
        <source>Enrolment %1 – %2</source>
        <translation>Iscrizione %1 – %2</translation>
    </message>
    <message>
        <source>Mentoring of %1 from %2</source>
        <translation>Mentoring di %1 dal %2</translation>
    </message>
    <message>
        <source>Mentoring meeting %1 – %2</source>
        <translation>Incontro di mentoring %1 – %2</translation>
    </message>
    <message>
        <source>Mentor %1</source>
        <translation>Mentore %1</translation>
    </message>
    <message>
        <source>Outcome %1 – %2</source>
        <translation>Esito %1 – %2</translation>
    </message>
    <message>
        <source>Hours of the week of %1</source>
        <translation>Ore della settimana del %1</translation>
    </message>
    <message>
        <source>Placement %1 – %2</source>
        <translation>Tirocinio %1 – %2</translation>
    </message>
    <message>
        <source>Party to an agreement: %1</source>
        <translation>Parte di un accordo: %1</translation>
    </message>
    <message>
        <source>Cooperation questionnaire %1 – %2</source>
        <translation>Questionario sulla cooperazione %1 – %2</translation>
    </message>
    <message>
        <source>Cooperation with %1</source>
        <translation>Cooperazione con %1</translation>
    </message>
    <message>
        <source>Mark %1 – %2</source>
        <translation>Voto %1 – %2</translation>
    </message>
    <message>
        <source>Proposal: %1 – %2</source>
        <translation>Proposta: %1 – %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Recovery sheet of an encrypted database</source>
        <translation>Foglio di recupero di un database cifrato</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The boxes group the characters by four: they are not part of the passphrase.</source>
        <translation>Le caselle raggruppano i caratteri a quattro a quattro: non fanno parte della password.</translation>
    </message>
    <message>
        <source>Keep this sheet in the office safe, never with the laptop or its bag.</source>
        <translation>Conservare questo foglio nella cassaforte dell'ufficio, mai insieme al portatile o alla sua borsa.</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open the database or its backups, the association included: there is no other way to recover them.</source>
        <translation>Senza la password nessuno può aprire il database o i suoi backup, nemmeno l'associazione: non c'è altro modo di recuperarli.</translation>
    </message>
    <message>
        <source>When the passphrase is changed, print a new sheet and destroy this one.</source>
        <translation>Quando si cambia la password, stampare un nuovo foglio e distruggere questo.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Foglio di recupero</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>A space of the passphrase is printed as %1.</source>
        <translation>Uno spazio della password è stampato come %1.</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>Il cestino è vuoto.</translation>
    </message>
    <message>
        <source>Search the recycle bin (kind, record, who deleted it)</source>
        <translation>Cerca nel cestino (tipo, scheda, chi l'ha eliminata)</translation>
    </message>
    <message>
        <source>No deleted record matches the search.</source>
        <translation>Nessuna scheda eliminata corrisponde alla ricerca.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Eliminato il</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Eliminato da</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Restore an &amp;import…</source>
        <translation>Ripristina un'&amp;importazione…</translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Colloqui</translation>
    </message>
    <message>
        <source>&amp;Placements</source>
        <translation>&amp;Tirocini</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organizzazione ospitante</translation>
    </message>
    <message>
        <source>New &amp;placement…</source>
        <translation>Nuovo &amp;tirocinio…</translation>
    </message>
    <message>
        <source>Me&amp;ntoring</source>
        <translation>Me&amp;ntoring</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentore</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>New mentoring &amp;meeting…</source>
        <translation>Nuovo incontro di mentorin&amp;g…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>&amp;New visit…</source>
        <translation>&amp;Nuovo colloquio…</translation>
    </message>
    <message>
        <source>Print the visit &amp;sheet…</source>
        <translation>Stampa &amp;la scheda colloquio…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Incontri</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>Ris&amp;orse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>What the import will do, row by row. Nothing is written before Import.</source>
        <translation>Che cosa farà l'importazione, riga per riga. Nulla viene scritto prima di Importa.</translation>
    </message>
    <message>
        <source>Rows rejected, duplicated or to check</source>
        <translation>Righe scartate, doppie o da controllare</translation>
    </message>
    <message>
        <source>Save report as .xlsx…</source>
        <translation>Salva il resoconto in .xlsx…</translation>
    </message>
    <message>
        <source>Checking %1 rows…</source>
        <translation>Controllo di %1 righe…</translation>
    </message>
    <message>
        <source>Problems reading the file (%1):</source>
        <translation>Problemi nella lettura del file (%1):</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>File Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Non è stato possibile scrivere il resoconto in %1: %2</translation>
    </message>
    <message>
        <source>Import %1 rows, skip %2?</source>
        <translation>Importare %1 righe e saltarne %2?</translation>
    </message>
    <message>
        <source>Create %1 records?</source>
        <translation>Creare %1 schede?</translation>
    </message>
    <message>
        <source>Importing %1 records…</source>
        <translation>Importazione di %1 schede…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Importing %1 rows…</source>
        <translation>Importazione di %1 righe…</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>L'importazione non è riuscita e non è stato scritto nulla: %1</translation>
    </message>
</context>
<context>
    <name>ResourceEditor</name>
    <message>
        <source>Unused resource</source>
        <translation>Risorsa inutilizzata</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>D&amp;ettagli</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>Owner &amp;organisation:</source>
        <translation>&amp;Organizzazione proprietaria:</translation>
    </message>
    <message>
        <source>Owner &amp;name:</source>
        <translation>&amp;Nome del proprietario:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>Co&amp;mune:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantità:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità di misura:</translation>
    </message>
    <message>
        <source>Cond&amp;ition:</source>
        <translation>Condi&amp;zioni:</translation>
    </message>
    <message>
        <source>A&amp;vailability and use</source>
        <translation>Disponi&amp;bilità e uso</translation>
    </message>
    <message>
        <source>Available &amp;from:</source>
        <translation>Disponibile &amp;dal:</translation>
    </message>
    <message>
        <source>Available &amp;until:</source>
        <translation>Disponibile &amp;fino al:</translation>
    </message>
    <message>
        <source>Schedu&amp;le:</source>
        <translation>Ora&amp;ri:</translation>
    </message>
    <message>
        <source>Te&amp;rms:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <source>&amp;Proposed social use:</source>
        <translation>Uso sociale &amp;proposto:</translation>
    </message>
    <message>
        <source>Surve&amp;yed on:</source>
        <translation>Rilevata i&amp;l:</translation>
    </message>
    <message>
        <source>Surveyed &amp;by:</source>
        <translation>R&amp;ilevata da:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>F&amp;onte:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Stori&amp;co</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the current database (%1).</source>
        <translation>Scegliere il backup da rimettere al posto del database attuale (%1).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>There are no backups in this folder yet.</source>
        <translation>In questa cartella non ci sono ancora backup.</translation>
    </message>
    <message>
        <source>This backup is encrypted with another passphrase: it is asked when you restore it.</source>
        <translation>Questo backup è cifrato con un'altra password: verrà chiesta al ripristino.</translation>
    </message>
    <message>
        <source>This backup cannot be read: it is damaged.</source>
        <translation>Questo backup non si può leggere: è danneggiato.</translation>
    </message>
    <message>
        <source>Put the backup of %1 in place of the current database?

The current file is kept aside as a copy, so nothing is lost.</source>
        <translation>Rimettere il backup del %1 al posto del database attuale?

Il file attuale viene conservato a parte come copia, quindi non si perde nulla.</translation>
    </message>
</context>
<context>
    <name>SavePaths</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 esiste già. Sostituirlo?</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>table %1 is missing</source>
        <translation>manca la tabella %1</translation>
    </message>
    <message>
        <source>table %1 should not be there</source>
        <translation>la tabella %1 non dovrebbe esserci</translation>
    </message>
    <message>
        <source>table %1: column %2 is missing</source>
        <translation>tabella %1: manca la colonna %2</translation>
    </message>
    <message>
        <source>table %1: column %2 should not be there</source>
        <translation>tabella %1: la colonna %2 non dovrebbe esserci</translation>
    </message>
    <message>
        <source>table %1: column %2 is %3, it should be %4</source>
        <translation>tabella %1: la colonna %2 è %3, dovrebbe essere %4</translation>
    </message>
    <message>
        <source>table %1: index %2 is missing</source>
        <translation>tabella %1: manca l'indice %2</translation>
    </message>
    <message>
        <source>table %1: index %2 should not be there</source>
        <translation>tabella %1: l'indice %2 non dovrebbe esserci</translation>
    </message>
    <message>
        <source>table %1: index %2 is %3, it should be %4</source>
        <translation>tabella %1: l'indice %2 è %3, dovrebbe essere %4</translation>
    </message>
    <message>
        <source>trigger %1 is missing</source>
        <translation>manca il trigger %1</translation>
    </message>
    <message>
        <source>trigger %1 should not be there</source>
        <translation>il trigger %1 non dovrebbe esserci</translation>
    </message>
    <message>
        <source>trigger %1 was changed</source>
        <translation>il trigger %1 è stato modificato</translation>
    </message>
    <message>
        <source>view %1 is missing</source>
        <translation>manca la vista %1</translation>
    </message>
    <message>
        <source>view %1 should not be there</source>
        <translation>la vista %1 non dovrebbe esserci</translation>
    </message>
    <message>
        <source>view %1 was changed</source>
        <translation>la vista %1 è stata modificata</translation>
    </message>
    <message>
        <source>revision %1 is not known to this version</source>
        <translation>la revisione %1 non è nota a questa versione</translation>
    </message>
    <message>
        <source>the schema cannot be read: %1</source>
        <translation>la struttura non si può leggere: %1</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Only the first %1 words are searched.</source>
        <translation>Si cercano solo le prime %1 parole.</translation>
    </message>
    <message>
        <source>Only the first %1 characters are searched.</source>
        <translation>Si cercano solo i primi %1 caratteri.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The office server %1 cannot be reached. Check that the server computer is switched on and PostgreSQL is running on it, that the address and the port are right, and that this computer is on the office network (a firewall may block port %2).</source>
        <translation>Il server dell'ufficio %1 non è raggiungibile. Controllare che il computer del server sia acceso e che PostgreSQL vi sia in esecuzione, che l'indirizzo e la porta siano giusti e che questo computer sia collegato alla rete dell'ufficio (un firewall potrebbe bloccare la porta %2).</translation>
    </message>
    <message>
        <source>The office server %1 refused the user %2: check the user name and the password (saved with 'socialneet server password' in this computer's credential store, or in the pgpass file).</source>
        <translation>Il server dell'ufficio %1 ha rifiutato l'utente %2: controllare il nome utente e la password (salvata con 'socialneet server password' nel Gestore credenziali di questo computer, o nel file pgpass).</translation>
    </message>
    <message>
        <source>The office server has no database %1. Check the database's name in the address, or create it with 'socialneet server setup'.</source>
        <translation>Sul server dell'ufficio non c'è il database %1. Controllare il nome del database nell'indirizzo, o crearlo con 'socialneet server setup'.</translation>
    </message>
    <message>
        <source>The office server %1 does not offer an encrypted connection, which this address requires (sslmode=require). Turn on SSL in the server's postgresql.conf, or ask its administrator.</source>
        <translation>Il server dell'ufficio %1 non offre una connessione cifrata, che questo indirizzo richiede (sslmode=require). Attivare SSL nel file postgresql.conf del server, o rivolgersi al suo amministratore.</translation>
    </message>
    <message>
        <source>The office server %1 runs PostgreSQL %2: SocialNEET Desktop needs PostgreSQL 12 or newer. Ask the server's administrator to upgrade it.</source>
        <translation>Il server dell'ufficio %1 usa PostgreSQL %2: SocialNEET Desktop richiede PostgreSQL 12 o successivo. Chiedere all'amministratore del server di aggiornarlo.</translation>
    </message>
    <message>
        <source>The database %1 was upgraded by a newer version of SocialNEET Desktop (schema %2). Install the same version on this computer before connecting.</source>
        <translation>Il database %1 è stato aggiornato da una versione più recente di SocialNEET Desktop (schema %2). Installare la stessa versione su questo computer prima di collegarsi.</translation>
    </message>
    <message>
        <source>The database %1 on the office server holds tables that are not SocialNEET Desktop's. Connect to the database made by 'socialneet server setup'.</source>
        <translation>Il database %1 sul server dell'ufficio contiene tabelle che non sono di SocialNEET Desktop. Collegarsi al database creato con 'socialneet server setup'.</translation>
    </message>
    <message>
        <source>The office server %1 kept this change waiting for more than %2 seconds while another computer held the same records. Nothing was saved: try again in a moment.</source>
        <translation>Il server dell'ufficio %1 ha tenuto in attesa questa modifica per più di %2 secondi mentre un altro computer teneva occupate le stesse schede. Non è stato salvato nulla: riprovare tra un momento.</translation>
    </message>
    <message>
        <source>The office server %1 could not be used: %2</source>
        <translation>Impossibile usare il server dell'ufficio %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by an older version of SocialNEET Desktop: open it once with this version (it is upgraded, and a copy of it kept), then upload it.</source>
        <translation>%1 è stato scritto da una versione precedente di SocialNEET Desktop: aprirlo una volta con questa versione (viene aggiornato e ne viene conservata una copia), poi caricarlo.</translation>
    </message>
    <message>
        <source>%1 already exists: the backup of the server is never written over a file.</source>
        <translation>%1 esiste già: il backup del server non viene mai scritto sopra un file esistente.</translation>
    </message>
    <message>
        <source>The database %1 on the office server already holds data (%2): a local file is copied only into an empty one, so that nothing on the server is mixed or overwritten. Create a new database with 'socialneet server setup'.</source>
        <translation>Il database %1 sul server dell'ufficio contiene già dei dati (%2): un file locale viene copiato solo in un database vuoto, così che sul server nulla venga mescolato o sovrascritto. Creare un nuovo database con 'socialneet server setup'.</translation>
    </message>
    <message>
        <source>The copy was not made: table %1 differs after copying (%2). Nothing was kept.</source>
        <translation>La copia non è stata fatta: dopo la copia la tabella %1 è diversa (%2). Non è stato conservato nulla.</translation>
    </message>
    <message>
        <source>The address %1 contains a password. The password is never written in the address (it would stay in the settings and in the command history): save it in the system's credential store with 'socialneet server password', or in the pgpass file.</source>
        <translation>L'indirizzo %1 contiene una password. La password non va mai scritta nell'indirizzo (resterebbe nelle impostazioni e nella cronologia dei comandi): salvarla nel Gestore credenziali del sistema con 'socialneet server password', o nel file pgpass.</translation>
    </message>
    <message>
        <source>%1 is not a valid address of an office server: write it as postgresql://user@server:5432/socialneet.</source>
        <translation>%1 non è un indirizzo valido di un server dell'ufficio: scriverlo come postgresql://utente@server:5432/socialneet.</translation>
    </message>
    <message>
        <source>The address %1 names no user: write it as postgresql://user@server:5432/socialneet, with the user name the server's administrator gave you.</source>
        <translation>L'indirizzo %1 non indica alcun utente: scriverlo come postgresql://utente@server:5432/socialneet, con il nome utente dato dall'amministratore del server.</translation>
    </message>
    <message>
        <source>The address %1 names no database: end it with the database's name, as in postgresql://user@server:5432/socialneet.</source>
        <translation>L'indirizzo %1 non indica alcun database: terminarlo con il nome del database, come in postgresql://utente@server:5432/socialneet.</translation>
    </message>
    <message>
        <source>The address %1 has sslmode=%2: use sslmode=prefer (encrypted when the server offers it) or sslmode=require (refuse a server without encryption).</source>
        <translation>L'indirizzo %1 ha sslmode=%2: usare sslmode=prefer (cifrata quando il server la offre) o sslmode=require (rifiuta un server senza cifratura).</translation>
    </message>
    <message>
        <source>%1: only a manager (a member of socialneet_manager) can restore the office server's database, and the user %2 is not one. Nothing was changed.</source>
        <translation>%1: solo un responsabile (un membro di socialneet_manager) può ripristinare il database del server dell'ufficio, e l'utente %2 non lo è. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1: the tables of the database are not owned by socialneet_manager, so a manager cannot replace them. Run 'socialneet server setup' again as the server's administrator (it hands them over), then restore. Nothing was changed.</source>
        <translation>%1: le tabelle del database non appartengono a socialneet_manager, quindi un responsabile non può sostituirle. Eseguire di nuovo 'socialneet server setup' come amministratore del server (le assegna), poi ripristinare. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file: choose a SocialNEET backup. Nothing was changed.</source>
        <translation>%1 non esiste o non è un file: scegliere un backup di SocialNEET. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SocialNEET Desktop (schema %2): install it on this computer before restoring from it. Nothing was changed.</source>
        <translation>%1 è stato scritto da una versione più recente di SocialNEET Desktop (schema %2): installarla su questo computer prima di ripristinarlo. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>Back up now</source>
        <translation>Backup adesso</translation>
    </message>
    <message>
        <source>Backing up the office server's database…</source>
        <translation>Backup del database del server dell'ufficio in corso…</translation>
    </message>
    <message>
        <source>The backup was saved as %1.</source>
        <translation>Il backup è stato salvato come %1.</translation>
    </message>
    <message>
        <source>A PostgreSQL dump was saved as %1.</source>
        <translation>Un dump di PostgreSQL è stato salvato come %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL dump could not be made (the SocialNEET backup is complete all the same): %1</source>
        <translation>Il dump di PostgreSQL non si è potuto fare (il backup di SocialNEET è comunque completo): %1</translation>
    </message>
    <message>
        <source>Restore the office server</source>
        <translation>Ripristina il server dell'ufficio</translation>
    </message>
    <message>
        <source>Restoring the office server's database…</source>
        <translation>Ripristino del database del server dell'ufficio in corso…</translation>
    </message>
    <message>
        <source>The database %1 on the server %2 now holds the backup %3.</source>
        <translation>Il database %1 sul server %2 contiene ora il backup %3.</translation>
    </message>
    <message>
        <source>Replace everything in the database %1 on the office server %2 with the backup of %3?

Every computer connected to it will see the backup's data: what was entered after the backup is lost, unless it is in a newer backup.</source>
        <translation>Sostituire tutto il contenuto del database %1 sul server dell'ufficio %2 con il backup del %3?

Ogni computer collegato vedrà i dati del backup: ciò che è stato inserito dopo il backup va perso, a meno che non sia in un backup più recente.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Impossibile scrivere il file: %1</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to the office &amp;server…</source>
        <translation>Connessione al &amp;server dell'ufficio…</translation>
    </message>
    <message>
        <source>Upload t&amp;his database to the office server…</source>
        <translation>Carica &amp;questo database sul server dell'ufficio…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Connessione al server dell'ufficio</translation>
    </message>
    <message>
        <source>Remember the password in this computer's credential store</source>
        <translation>Ricorda la password nel Gestore credenziali di questo computer</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Quando il server la offre</translation>
    </message>
    <message>
        <source>Always (refuse a server without it)</source>
        <translation>Sempre (rifiuta un server senza cifratura)</translation>
    </message>
    <message>
        <source>&amp;Server (name or address):</source>
        <translation>&amp;Server (nome o indirizzo):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User (your own):</source>
        <translation>&amp;Utente (il proprio):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifratura:</translation>
    </message>
    <message>
        <source>Leave the password empty when it is saved already (credential store or pgpass file).</source>
        <translation>Lasciare vuota la password se è già salvata (Gestore credenziali o file pgpass).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>il server</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>il database</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l'utente</translation>
    </message>
    <message>
        <source>Write %1 to connect to.</source>
        <translation>Indicare %1 a cui collegarsi.</translation>
    </message>
    <message>
        <source>Connected, but this computer has no credential store to remember the password in: it will be asked again (or put it in the pgpass file).</source>
        <translation>Connessione riuscita, ma questo computer non ha un Gestore credenziali in cui ricordare la password: verrà chiesta di nuovo (oppure scriverla nel file pgpass).</translation>
    </message>
</context>
<context>
    <name>ServerUpload</name>
    <message>
        <source>Upload this database to the office server</source>
        <translation>Carica questo database sul server dell'ufficio</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Carica</translation>
    </message>
    <message>
        <source>Every record, link, audit event and setting of %1 is copied into an empty database on the office server, then each table is compared. The file is not changed.</source>
        <translation>Ogni scheda, collegamento, voce dello storico e impostazione di %1 viene copiata in un database vuoto sul server dell'ufficio, poi ogni tabella viene confrontata. Il file non viene modificato.</translation>
    </message>
    <message>
        <source>Copying the database to the office server…</source>
        <translation>Copia del database sul server dell'ufficio in corso…</translation>
    </message>
    <message>
        <source>Open the database file to upload first.</source>
        <translation>Aprire prima il file del database da caricare.</translation>
    </message>
    <message>
        <source>%1 rows were copied to the database %2 on the office server, and every table was found equal to the file's (rows and checksum).

Connect to the server now?</source>
        <translation>%1 righe sono state copiate nel database %2 sul server dell'ufficio, e ogni tabella è risultata uguale a quella del file (righe e checksum).

Collegarsi ora al server?</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>Welcome. First, the association's details: its name and address are printed on every document, and the privacy notice names it as the data controller.</source>
        <translation>Benvenuti. Per prima cosa i dati dell'associazione: il nome e l'indirizzo sono stampati su ogni documento e l'informativa privacy la indica come titolare del trattamento.</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Accanto al database</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Cartella dei &amp;backup:</translation>
    </message>
    <message>
        <source>Hide &amp;counts under:</source>
        <translation>Nascondi i cont&amp;eggi sotto:</translation>
    </message>
    <message>
        <source>Counts from 1 to this number less one are hidden in the funder report</source>
        <translation>Nel rendiconto per il finanziatore sono nascosti i conteggi da 1 a questo numero meno uno</translation>
    </message>
    <message>
        <source>&amp;Rows alike at least:</source>
        <translation>Righe &amp;uguali almeno:</translation>
    </message>
    <message>
        <source>The funder report has one row per person only when every combination of values shown is shared by at least this many rows</source>
        <translation>Il rendiconto per il finanziatore ha una riga per persona solo quando ogni combinazione di valori mostrati è condivisa da almeno questo numero di righe</translation>
    </message>
    <message>
        <source>None (the report's own indicators)</source>
        <translation>Nessuno (solo gli indicatori del rendiconto)</translation>
    </message>
    <message>
        <source>The funder's indicators the funder report adds as a sheet</source>
        <translation>Gli indicatori del finanziatore che il rendiconto per il finanziatore aggiunge in un foglio</translation>
    </message>
    <message>
        <source>&amp;Indicator set of the funder report:</source>
        <translation>Set di indicatori del rendiconto &amp;per il finanziatore:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Cartella dei backup</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Non è un'immagine</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Scegliere il logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 non si può leggere: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: a logo this big would weigh on every print.</source>
        <translation>%1 supera %2 MB: un logo così grande appesantirebbe ogni stampa.</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Questo file non è un'immagine.</translation>
    </message>
    <message>
        <source>Settings changed elsewhere</source>
        <translation>Dati modificati altrove</translation>
    </message>
    <message>
        <source>Someone else changed the settings meanwhile. They are shown again now.</source>
        <translation>Nel frattempo qualcun altro ha modificato i dati. Ora vengono mostrati di nuovo.</translation>
    </message>
    <message>
        <source>Association settings</source>
        <translation>Dati dell'associazione</translation>
    </message>
    <message>
        <source>Association &amp;name:</source>
        <translation>&amp;Nome dell'associazione:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation>Codice fisc&amp;ale:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Pro&amp;ject name:</source>
        <translation>Nome del pro&amp;getto:</translation>
    </message>
    <message>
        <source>Project &amp;code:</source>
        <translation>Co&amp;dice del progetto:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Finanziatore:</translation>
    </message>
    <message>
        <source>Pri&amp;vacy notice version:</source>
        <translation>&amp;Versione dell'informativa privacy:</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>C&amp;onserva i dati personali per:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>S&amp;cegli…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>StaffEditor</name>
    <message>
        <source>Staff member</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefono:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Attivo</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: free some space (or choose another folder) and try again.</source>
        <translation>Il disco che contiene %1 è pieno. Non è stato modificato nulla: liberare spazio (o scegliere un'altra cartella) e riprovare.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to (permission denied). Nothing was changed: choose another folder or ask whoever manages this computer.</source>
        <translation>Nella cartella di %1 non si può scrivere (permesso negato). Non è stato modificato nulla: scegliere un'altra cartella o chiedere a chi gestisce questo computer.</translation>
    </message>
    <message>
        <source>%1 is on a read-only medium (or the file is read-only): it can be read but not changed. Copy it to a writable folder to work on it.</source>
        <translation>%1 si trova su un supporto di sola lettura (o il file è di sola lettura): si può leggere ma non modificare. Copiatelo in una cartella scrivibile per lavorarci.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there. If it is on a USB stick or a network drive, connect it and try again, or choose another backup folder in the settings.</source>
        <translation>La cartella dei backup %1 non è presente. Se si trova su una chiavetta USB o su un disco di rete, collegarlo e riprovare, oppure scegliere un'altra cartella dei backup nelle impostazioni.</translation>
    </message>
    <message>
        <source>%1 is busy: another window or another user is saving to it. Nothing was changed: wait a moment and try again.</source>
        <translation>%1 è occupato: un'altra finestra o un altro utente sta salvando. Non è stato modificato nulla: attendere un momento e riprovare.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the folder may be missing or not accessible.</source>
        <translation>Impossibile aprire %1: la cartella potrebbe mancare o non essere accessibile.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its folder does not exist. If it is on a USB stick or a network drive, connect it and try again.</source>
        <translation>%1 non si può aprire: la sua cartella non esiste. Se si trova su una chiavetta USB o su un'unità di rete, collegarla e riprovare.</translation>
    </message>
    <message>
        <source>%1 could not be read or written (disk I/O error): the disk, the USB stick or the network connection may have a problem. Nothing was changed: check it and try again.</source>
        <translation>Non è stato possibile leggere o scrivere %1 (errore di lettura/scrittura del disco): il disco, la chiavetta USB o la connessione di rete potrebbero avere un problema. Non è stato modificato nulla: controllare e riprovare.</translation>
    </message>
    <message>
        <source>The operation on %1 failed. Nothing was changed.</source>
        <translation>L'operazione su %1 non è riuscita. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>TablesPage</name>
    <message>
        <source>Tables</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Choose the table to import and what its rows are.</source>
        <translation>Scegliere la tabella da importare e che cosa sono le sue righe.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>Importa come:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplicati:</translation>
    </message>
    <message>
        <source>A wrong e-mail, phone…:</source>
        <translation>E-mail, telefono… sbagliati:</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>collegamento a %1</translation>
    </message>
    <message>
        <source>This file holds no user table: there is nothing to import.</source>
        <translation>Questo file non contiene tabelle utente: non c'è nulla da importare.</translation>
    </message>
    <message>
        <source>There is a saved mapping for this table: %1 columns as %2, duplicates: %3. The next page applies it.</source>
        <translation>Per questa tabella c'è una corrispondenza salvata: %1 colonne come %2, duplicati: %3. La pagina seguente la applica.</translation>
    </message>
    <message>
        <source>Import from Access</source>
        <translation>Importa da Access</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>All tar&amp;gets…</source>
        <translation>&amp;Tutti gli obiettivi…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e altri %1</translation>
    </message>
    <message>
        <source>Counted for the whole project: these records name no activity.</source>
        <translation>Contati per l'intero progetto: queste schede non indicano alcuna attività.</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The birthplace code %1 in the codice fiscale does not exist.</source>
        <translation>Il codice del luogo di nascita %1 contenuto nel codice fiscale non esiste.</translation>
    </message>
    <message>
        <source>This is the tax code of an organisation: a person's has 16 characters.</source>
        <translation>Questo è il codice fiscale di un ente o di una società: quello di una persona ha 16 caratteri.</translation>
    </message>
    <message>
        <source>A codice fiscale has 16 characters, not %1.</source>
        <translation>Il codice fiscale è composto da 16 caratteri, non da %1.</translation>
    </message>
    <message>
        <source>This is not a codice fiscale: letters and digits are out of place.</source>
        <translation>Non è un codice fiscale: lettere e cifre non sono al posto giusto.</translation>
    </message>
    <message>
        <source>The birth date in the codice fiscale does not exist.</source>
        <translation>La data di nascita contenuta nel codice fiscale non esiste.</translation>
    </message>
    <message>
        <source>The last character does not match the others: probably a typing error.</source>
        <translation>L'ultimo carattere non corrisponde agli altri: probabilmente c'è un errore di battitura.</translation>
    </message>
    <message>
        <source>The codice fiscale gives the birth date %1.</source>
        <translation>Secondo il codice fiscale la data di nascita è %1.</translation>
    </message>
    <message>
        <source>The codice fiscale is that of a woman.</source>
        <translation>Il codice fiscale è quello di una donna.</translation>
    </message>
    <message>
        <source>The codice fiscale is that of a man.</source>
        <translation>Il codice fiscale è quello di un uomo.</translation>
    </message>
    <message>
        <source>The codice fiscale gives the birthplace %1 (%2).</source>
        <translation>Secondo il codice fiscale il luogo di nascita è %1 (%2).</translation>
    </message>
    <message>
        <source>It cannot start with "%1": a spreadsheet would take it for a formula.</source>
        <translation>Non può iniziare con "%1": un foglio di calcolo lo prenderebbe per una formula.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Indirizzo e-mail non valido.</translation>
    </message>
    <message>
        <source>Not an Italian phone number: landlines start with 0, mobiles with 3 (6 to 11 digits).</source>
        <translation>Non è un numero di telefono italiano: i fissi iniziano con 0, i cellulari con 3 (da 6 a 11 cifre).</translation>
    </message>
    <message>
        <source>A VAT number has 11 digits.</source>
        <translation>La partita IVA è composta da 11 cifre.</translation>
    </message>
    <message>
        <source>The last digit does not match the others: probably a typing error.</source>
        <translation>L'ultima cifra non corrisponde alle altre: probabilmente c'è un errore di battitura.</translation>
    </message>
    <message>
        <source>A tax code has 11 digits (organisations) or 16 characters (persons).</source>
        <translation>Il codice fiscale ha 11 cifre (organizzazioni e società) o 16 caratteri (persone fisiche).</translation>
    </message>
    <message>
        <source>%1 does not exist: check the day and the month.</source>
        <translation>Il %1 non esiste: controllare il giorno e il mese.</translation>
    </message>
    <message>
        <source>Not a valid date: write it as dd/mm/yyyy.</source>
        <translation>Data non valida: scriverla come gg/mm/aaaa.</translation>
    </message>
    <message>
        <source>%1: %2 is not a time of day (write it as hh:mm, such as 9:30 or 930).</source>
        <translation>%1: %2 non è un'ora valida (scriverla come hh:mm, per esempio 9:30 o 930).</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La data di nascita è nel futuro.</translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation>La data di nascita è anteriore al 1900.</translation>
    </message>
    <message>
        <source>Age %1 is outside the NEET age range (%2 to %3 years).</source>
        <translation>L'età di %1 anni è fuori dalla fascia NEET (da %2 a %3 anni).</translation>
    </message>
    <message>
        <source>Minor (%1 years old): the guardian's consent is required.</source>
        <translation>Minorenne (%1 anni): è necessario il consenso del genitore o tutore.</translation>
    </message>
    <message>
        <source>An activity code is made of numbers separated by dots, such as 2.3.8.</source>
        <translation>Il codice attività è formato da numeri separati da punti, ad esempio 2.3.8.</translation>
    </message>
    <message>
        <source>Last name: required.</source>
        <translation>Cognome: obbligatorio.</translation>
    </message>
    <message>
        <source>First name: required.</source>
        <translation>Nome: obbligatorio.</translation>
    </message>
    <message>
        <source>Day of the idea: required.</source>
        <translation>Giorno dell'idea: obbligatorio.</translation>
    </message>
    <message>
        <source>Business plan started on: required, the idea has reached this step.</source>
        <translation>Business plan avviato il: obbligatorio, l'idea ha raggiunto questa fase.</translation>
    </message>
    <message>
        <source>Business plan done on: required, the idea has reached this step.</source>
        <translation>Business plan completato il: obbligatorio, l'idea ha raggiunto questa fase.</translation>
    </message>
    <message>
        <source>Presented on: required, the idea has reached this step.</source>
        <translation>Presentata il: obbligatorio, l'idea ha raggiunto questa fase.</translation>
    </message>
    <message>
        <source>Business started on: required, the idea has reached this step.</source>
        <translation>Impresa avviata il: obbligatorio, l'idea ha raggiunto questa fase.</translation>
    </message>
    <message>
        <source>Abandoned on: required for an abandoned idea.</source>
        <translation>Abbandonata il: obbligatorio per un'idea abbandonata.</translation>
    </message>
    <message>
        <source>Business plan started on: it cannot be before the day of the idea.</source>
        <translation>Business plan avviato il: non può essere precedente al giorno dell'idea.</translation>
    </message>
    <message>
        <source>Business plan done on: it cannot be before the plan was started.</source>
        <translation>Business plan completato il: non può essere precedente all'avvio del piano.</translation>
    </message>
    <message>
        <source>Presented on: it cannot be before the business plan was done.</source>
        <translation>Presentata il: non può essere precedente al completamento del business plan.</translation>
    </message>
    <message>
        <source>Business started on: it cannot be before the idea was presented.</source>
        <translation>Impresa avviata il: non può essere precedente alla presentazione dell'idea.</translation>
    </message>
    <message>
        <source>Abandoned on: it cannot be before the day of the idea.</source>
        <translation>Abbandonata il: non può essere precedente al giorno dell'idea.</translation>
    </message>
    <message>
        <source>Status: the idea reached a later step on %1; the status moves forward only (clear that date to go back).</source>
        <translation>Stato: l'idea ha raggiunto una fase successiva il %1; lo stato può solo avanzare (svuotare quella data per tornare indietro).</translation>
    </message>
    <message>
        <source>Title: required.</source>
        <translation>Titolo: obbligatorio.</translation>
    </message>
    <message>
        <source>Kind of agreement: choose one.</source>
        <translation>Tipo di accordo: sceglierne uno.</translation>
    </message>
    <message>
        <source>Kind of agreement: %1 is not one of the choices.</source>
        <translation>Tipo di accordo: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Valid until: it cannot be before it was signed.</source>
        <translation>Valido fino al: non può essere prima della firma.</translation>
    </message>
    <message>
        <source>Funding sought: cannot be negative.</source>
        <translation>Finanziamento richiesto: non può essere negativo.</translation>
    </message>
    <message>
        <source>Organisation: choose the organisation in need, or describe the group of young people.</source>
        <translation>Organizzazione: scegliere l'organizzazione che ha il bisogno, o descrivere il gruppo di giovani.</translation>
    </message>
    <message>
        <source>Urgency: 1 (low), 2 or 3 (high).</source>
        <translation>Urgenza: 1 (bassa), 2 o 3 (alta).</translation>
    </message>
    <message>
        <source>Need: required.</source>
        <translation>Bisogno: obbligatorio.</translation>
    </message>
    <message>
        <source>Category: choose one.</source>
        <translation>Categoria: sceglierne una.</translation>
    </message>
    <message>
        <source>Days: %1 is not a day of the week.</source>
        <translation>Giorni: %1 non è un giorno della settimana.</translation>
    </message>
    <message>
        <source>Needed until: the date is before 'needed from'.</source>
        <translation>Necessario fino al: la data è precedente a 'necessario dal'.</translation>
    </message>
    <message>
        <source>Young people: it cannot be negative.</source>
        <translation>Giovani: non può essere negativo.</translation>
    </message>
    <message>
        <source>Name of the organisation: required.</source>
        <translation>Nome dell'organizzazione: obbligatorio.</translation>
    </message>
    <message>
        <source>Kind of organisation: choose one.</source>
        <translation>Tipo di organizzazione: sceglierne uno.</translation>
    </message>
    <message>
        <source>Agreement: required.</source>
        <translation>Accordo: obbligatorio.</translation>
    </message>
    <message>
        <source>Organisation: choose one.</source>
        <translation>Organizzazione: sceglierne una.</translation>
    </message>
    <message>
        <source>Date of the meeting: required.</source>
        <translation>Data dell'incontro: obbligatoria.</translation>
    </message>
    <message>
        <source>Type of meeting: choose one.</source>
        <translation>Tipo di incontro: sceglierne uno.</translation>
    </message>
    <message>
        <source>Person: choose who came to the visit.</source>
        <translation>Persona: scegliere chi è venuto al colloquio.</translation>
    </message>
    <message>
        <source>Date of the visit: required.</source>
        <translation>Data del colloquio: obbligatoria.</translation>
    </message>
    <message>
        <source>Type of visit: choose one.</source>
        <translation>Tipo di colloquio: sceglierne uno.</translation>
    </message>
    <message>
        <source>Category: %1 is not one of the choices.</source>
        <translation>Categoria: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Date of the status: required when the person dropped out.</source>
        <translation>Data dello stato: obbligatoria quando la persona si è ritirata.</translation>
    </message>
    <message>
        <source>Certificate: only a person who completed the course obtains one.</source>
        <translation>Attestato: lo ottiene solo chi ha completato il corso.</translation>
    </message>
    <message>
        <source>Person: choose who is enrolled.</source>
        <translation>Persona: scegliere chi è iscritto.</translation>
    </message>
    <message>
        <source>Status: choose one.</source>
        <translation>Stato: sceglierne uno.</translation>
    </message>
    <message>
        <source>Status: %1 is not one of the choices.</source>
        <translation>Stato: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Date of the status: it cannot be before the enrolment.</source>
        <translation>Data dello stato: non può essere precedente all'iscrizione.</translation>
    </message>
    <message>
        <source>Terms: %1 is not one of the choices.</source>
        <translation>Condizioni: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Condition: %1 is not one of the choices.</source>
        <translation>Stato di conservazione: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Source: %1 is not one of the choices.</source>
        <translation>Fonte: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Kind of organisation: %1 is not one of the choices.</source>
        <translation>Tipo di organizzazione: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Type of meeting: %1 is not one of the choices.</source>
        <translation>Tipo di incontro: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Disability: it can be recorded only with the explicit consent to special-category data (tick it first, with its date).</source>
        <translation>Disabilità: si può registrare solo con il consenso esplicito ai dati particolari (spuntarlo prima, con la sua data).</translation>
    </message>
    <message>
        <source>Mental-health issues: they can be recorded only with the explicit consent to special-category data (tick it first, with its date).</source>
        <translation>Disagio psichico: si può registrare solo con il consenso esplicito ai dati particolari (spuntarlo prima, con la sua data).</translation>
    </message>
    <message>
        <source>Consent given on: required with the explicit consent.</source>
        <translation>Consenso dato il: obbligatorio con il consenso esplicito.</translation>
    </message>
    <message>
        <source>Gender: %1 is not one of the choices.</source>
        <translation>Genere: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Citizenship: %1 is not one of the choices.</source>
        <translation>Cittadinanza: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Education level: %1 is not one of the choices.</source>
        <translation>Titolo di studio: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Labour status: %1 is not one of the choices.</source>
        <translation>Condizione lavorativa: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>How they heard of us: %1 is not one of the choices.</source>
        <translation>Come ci ha conosciuto: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Sectors of interest: %1 is not one of the choices.</source>
        <translation>Settori di interesse: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Type of visit: %1 is not one of the choices.</source>
        <translation>Tipo di colloquio: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Role: %1 is not one of the choices.</source>
        <translation>Ruolo: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Municipality: %1 is not an Italian municipality that exists today.</source>
        <translation>Comune: %1 non è un comune italiano attualmente esistente.</translation>
    </message>
    <message>
        <source>Birthplace: %1 is neither an Italian municipality nor a country.</source>
        <translation>Luogo di nascita: %1 non è né un comune italiano né uno stato.</translation>
    </message>
    <message>
        <source>Municipality of residence: %1 is not an Italian municipality that exists today.</source>
        <translation>Comune di residenza: %1 non è un comune italiano attualmente esistente.</translation>
    </message>
    <message>
        <source>Available until: the date is before 'available from'.</source>
        <translation>Disponibile fino al: la data è precedente a 'disponibile dal'.</translation>
    </message>
    <message>
        <source>Follow-up date: it cannot be before the date of the meeting.</source>
        <translation>Data del seguito: non può essere precedente alla data dell'incontro.</translation>
    </message>
    <message>
        <source>Next appointment: it cannot be before the date of the visit.</source>
        <translation>Prossimo appuntamento: non può essere precedente alla data del colloquio.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Non è un numero.</translation>
    </message>
    <message>
        <source>Quantity: it cannot be negative.</source>
        <translation>Quantità: non può essere negativa.</translation>
    </message>
    <message>
        <source>Number of participants: it cannot be negative.</source>
        <translation>Numero di partecipanti: non può essere negativo.</translation>
    </message>
    <message>
        <source>Months in this labour status: cannot be negative.</source>
        <translation>Mesi in questa condizione lavorativa: non possono essere negativi.</translation>
    </message>
    <message>
        <source>Guardian's consent: required for a minor. Tick it once a parent or guardian has signed the consent form.</source>
        <translation>Consenso del genitore o tutore: obbligatorio per un minore. Spuntarlo dopo che un genitore o tutore ha firmato il modulo di consenso.</translation>
    </message>
    <message>
        <source>End time: it must be after the start time.</source>
        <translation>Ora di fine: deve essere successiva all'ora di inizio.</translation>
    </message>
    <message>
        <source>Guardian: the name of a parent or guardian is required for a minor.</source>
        <translation>Genitore o tutore: per un minore è obbligatorio il nome.</translation>
    </message>
    <message>
        <source>Choose a name from the list, or clear the field.</source>
        <translation>Scegliere un nome dall'elenco, oppure svuotare il campo.</translation>
    </message>
    <message>
        <source>At most %1 characters, %2 given.</source>
        <translation>Al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>First name: at most %1 characters, %2 given.</source>
        <translation>Nome: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Contract: at most %1 characters, %2 given.</source>
        <translation>Contratto: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Code: at most %1 characters, %2 given.</source>
        <translation>Codice: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Notes: at most %1 characters, %2 given.</source>
        <translation>Note: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Availability: at most %1 characters, %2 given.</source>
        <translation>Disponibilità: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Funding source: at most %1 characters, %2 given.</source>
        <translation>Fonte di finanziamento: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Business plan file name: at most %1 characters, %2 given.</source>
        <translation>Nome del file del business plan: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Last name: at most %1 characters, %2 given.</source>
        <translation>Cognome: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Guardian: at most %1 characters, %2 given.</source>
        <translation>Genitore o tutore: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Name: at most %1 characters, %2 given.</source>
        <translation>Nome: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Role: at most %1 characters, %2 given.</source>
        <translation>Ruolo: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>E-mail: at most %1 characters, %2 given.</source>
        <translation>E-mail: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Phone: at most %1 characters, %2 given.</source>
        <translation>Telefono: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Address: at most %1 characters, %2 given.</source>
        <translation>Indirizzo: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Postal code: at most %1 characters, %2 given.</source>
        <translation>CAP: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Website: at most %1 characters, %2 given.</source>
        <translation>Sito web: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Sector: at most %1 characters, %2 given.</source>
        <translation>Settore: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Topic: at most %1 characters, %2 given.</source>
        <translation>Argomento: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Location: at most %1 characters, %2 given.</source>
        <translation>Luogo: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Title: at most %1 characters, %2 given.</source>
        <translation>Titolo: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Owner name: at most %1 characters, %2 given.</source>
        <translation>Nome del proprietario: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Unit: at most %1 characters, %2 given.</source>
        <translation>Unità di misura: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Schedule: at most %1 characters, %2 given.</source>
        <translation>Orari: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Venue: at most %1 characters, %2 given.</source>
        <translation>Sede: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Trainer: at most %1 characters, %2 given.</source>
        <translation>Formatore: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Sectors of interest: at most %1 characters, %2 given.</source>
        <translation>Settori di interesse: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Privacy notice version: at most %1 characters, %2 given.</source>
        <translation>Versione dell'informativa: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Name of the association: at most %1 characters, %2 given.</source>
        <translation>Nome dell'associazione: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Tax code: at most %1 characters, %2 given.</source>
        <translation>Codice fiscale: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Project name: at most %1 characters, %2 given.</source>
        <translation>Nome del progetto: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Project code: at most %1 characters, %2 given.</source>
        <translation>Codice del progetto: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Funder: at most %1 characters, %2 given.</source>
        <translation>Finanziatore: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Backup folder: at most %1 characters, %2 given.</source>
        <translation>Cartella dei backup: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Indicator set: at most %1 characters, %2 given.</source>
        <translation>Set di indicatori: al massimo %1 caratteri, ne sono stati inseriti %2.</translation>
    </message>
    <message>
        <source>Role of who answered: at most %1 characters, %2 given.</source>
        <translation>Ruolo di chi ha risposto: al massimo %1 caratteri, ne sono stati scritti %2.</translation>
    </message>
    <message>
        <source>Document name: at most %1 characters, %2 given.</source>
        <translation>Nome del documento: al massimo %1 caratteri, ne sono stati scritti %2.</translation>
    </message>
    <message>
        <source>Group of young people: at most %1 characters, %2 given.</source>
        <translation>Gruppo di giovani: al massimo %1 caratteri, ne sono stati scritti %2.</translation>
    </message>
    <message>
        <source>Days: at most %1 characters, %2 given.</source>
        <translation>Giorni: al massimo %1 caratteri, ne sono stati scritti %2.</translation>
    </message>
    <message>
        <source>Decided by: at most %1 characters, %2 given.</source>
        <translation>Decisa da: al massimo %1 caratteri, ne sono stati scritti %2.</translation>
    </message>
    <message>
        <source>The association's name is needed.</source>
        <translation>Il nome dell'associazione è obbligatorio.</translation>
    </message>
    <message>
        <source>The association's address is needed.</source>
        <translation>L'indirizzo dell'associazione è obbligatorio.</translation>
    </message>
    <message>
        <source>Stage: a follow-up needs this person's outcome on leaving the project; record that first.</source>
        <translation>Fase: un seguito richiede l'esito all'uscita dal progetto di questa persona; registrare prima quello.</translation>
    </message>
    <message>
        <source>Date of the outcome: a follow-up must be after leaving the project (%1).</source>
        <translation>Data dell'esito: un seguito deve essere successivo all'uscita dal progetto (%1).</translation>
    </message>
    <message>
        <source>Stage: this person already has an outcome for this stage (dated %1).</source>
        <translation>Fase: questa persona ha già un esito per questa fase (datato %1).</translation>
    </message>
    <message>
        <source>Code of the activity: required.</source>
        <translation>Codice dell'attività: obbligatorio.</translation>
    </message>
    <message>
        <source>Title of the activity: required.</source>
        <translation>Titolo dell'attività: obbligatorio.</translation>
    </message>
    <message>
        <source>Work area: %1 is not one of the choices.</source>
        <translation>Area di lavoro: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>To: it cannot be before the start of the period.</source>
        <translation>Al: non può essere precedente all'inizio del periodo.</translation>
    </message>
    <message>
        <source>Activity: choose one.</source>
        <translation>Attività: sceglierne una.</translation>
    </message>
    <message>
        <source>Indicator: choose what is counted.</source>
        <translation>Indicatore: scegliere che cosa si conta.</translation>
    </message>
    <message>
        <source>Indicator: %1 is not one of the choices.</source>
        <translation>Indicatore: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Target: the number to reach.</source>
        <translation>Obiettivo: il numero da raggiungere.</translation>
    </message>
    <message>
        <source>Target: it cannot be negative.</source>
        <translation>Obiettivo: non può essere negativo.</translation>
    </message>
    <message>
        <source>Session: choose the session.</source>
        <translation>Lezione: scegliere la lezione.</translation>
    </message>
    <message>
        <source>Person: choose who attended.</source>
        <translation>Persona: scegliere chi era presente.</translation>
    </message>
    <message>
        <source>Presence: choose one.</source>
        <translation>Presenza: sceglierne una.</translation>
    </message>
    <message>
        <source>Presence: %1 is not one of the choices.</source>
        <translation>Presenza: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Hours: it cannot be negative.</source>
        <translation>Ore: non possono essere negative.</translation>
    </message>
    <message>
        <source>Course: choose the course.</source>
        <translation>Corso: scegliere il corso.</translation>
    </message>
    <message>
        <source>Date of the session: required.</source>
        <translation>Data della lezione: obbligatoria.</translation>
    </message>
    <message>
        <source>Minimum attendance: a percentage from 0 to 100.</source>
        <translation>Frequenza minima: una percentuale da 0 a 100.</translation>
    </message>
    <message>
        <source>Title of the course: required.</source>
        <translation>Titolo del corso: obbligatorio.</translation>
    </message>
    <message>
        <source>Sector: %1 is not one of the choices.</source>
        <translation>Settore: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>End date: it cannot be before the start date.</source>
        <translation>Data di fine: non può essere precedente alla data di inizio.</translation>
    </message>
    <message>
        <source>Hours planned: it cannot be negative.</source>
        <translation>Ore previste: non possono essere negative.</translation>
    </message>
    <message>
        <source>Places: it cannot be negative.</source>
        <translation>Posti: non possono essere negativi.</translation>
    </message>
    <message>
        <source>Minimum attendance: it cannot be negative.</source>
        <translation>Frequenza minima: non può essere negativa.</translation>
    </message>
    <message>
        <source>Mentor: choose one.</source>
        <translation>Mentore: sceglierne uno.</translation>
    </message>
    <message>
        <source>Person: choose who the mentor accompanies.</source>
        <translation>Persona: scegliere chi accompagna il mentore.</translation>
    </message>
    <message>
        <source>From: the first day is required.</source>
        <translation>Dal: il primo giorno è obbligatorio.</translation>
    </message>
    <message>
        <source>To: it cannot be before the first day.</source>
        <translation>Al: non può essere precedente al primo giorno.</translation>
    </message>
    <message>
        <source>Person: choose who the mentor met.</source>
        <translation>Persona: scegliere chi ha incontrato il mentore.</translation>
    </message>
    <message>
        <source>Next appointment: it cannot be before the date of the meeting.</source>
        <translation>Prossimo appuntamento: non può essere precedente alla data dell'incontro.</translation>
    </message>
    <message>
        <source>Staff member: choose one of our staff, or a person of an organisation, as the mentor.</source>
        <translation>Operatore: scegliere come mentore uno dei nostri operatori, o un referente di un'organizzazione.</translation>
    </message>
    <message>
        <source>Person of an organisation: a mentor is a staff member or a person of an organisation, not both. Clear one of the two.</source>
        <translation>Referente di un'organizzazione: un mentore è un operatore o un referente di un'organizzazione, non entrambi. Svuotare uno dei due campi.</translation>
    </message>
    <message>
        <source>Person: choose whose outcome it is.</source>
        <translation>Persona: scegliere di chi è l'esito.</translation>
    </message>
    <message>
        <source>Stage: choose one.</source>
        <translation>Fase: sceglierne una.</translation>
    </message>
    <message>
        <source>Date of the outcome: required.</source>
        <translation>Data dell'esito: obbligatoria.</translation>
    </message>
    <message>
        <source>Stage: %1 is not one of the choices.</source>
        <translation>Fase: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Employer kind: %1 is not one of the choices.</source>
        <translation>Tipo di datore di lavoro: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Learned how: %1 is not one of the choices.</source>
        <translation>Fonte dell'informazione: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Week of: it must be a Monday.</source>
        <translation>Settimana del: deve essere un lunedì.</translation>
    </message>
    <message>
        <source>Hours: a week has at most %1 hours.</source>
        <translation>Ore: una settimana ha al massimo %1 ore.</translation>
    </message>
    <message>
        <source>Placement: required.</source>
        <translation>Tirocinio: obbligatorio.</translation>
    </message>
    <message>
        <source>Week of: the Monday is required.</source>
        <translation>Settimana del: il lunedì è obbligatorio.</translation>
    </message>
    <message>
        <source>Hours: they cannot be negative.</source>
        <translation>Ore: non possono essere negative.</translation>
    </message>
    <message>
        <source>Hours a week: from 0 to %1.</source>
        <translation>Ore settimanali: da 0 a %1.</translation>
    </message>
    <message>
        <source>Person: choose who the placement is for.</source>
        <translation>Persona: scegliere per chi è il tirocinio.</translation>
    </message>
    <message>
        <source>Kind of placement: choose one.</source>
        <translation>Tipo di tirocinio: sceglierne uno.</translation>
    </message>
    <message>
        <source>Start: the first day is required.</source>
        <translation>Inizio: il primo giorno è obbligatorio.</translation>
    </message>
    <message>
        <source>Kind of placement: %1 is not one of the choices.</source>
        <translation>Tipo di tirocinio: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>End: it cannot be before the start.</source>
        <translation>Fine: non può essere precedente all'inizio.</translation>
    </message>
    <message>
        <source>From: this mentor already accompanies this person from %1 to %2; two periods of the same mentor and person cannot overlap.</source>
        <translation>Dal: questo mentore accompagna già questa persona dal %1 al %2; due periodi dello stesso mentore con la stessa persona non possono sovrapporsi.</translation>
    </message>
    <message>
        <source>From: this mentor already accompanies this person from %1, with no end yet; two periods of the same mentor and person cannot overlap.</source>
        <translation>Dal: questo mentore accompagna già questa persona dal %1, ancora senza una fine; due periodi dello stesso mentore con la stessa persona non possono sovrapporsi.</translation>
    </message>
    <message>
        <source>Code of the activity: %1 is already the code of '%2'; each has its own.</source>
        <translation>Codice dell'attività: %1 è già il codice di '%2'; ogni attività ha il proprio.</translation>
    </message>
    <message>
        <source>Hours: the week of %1 has '%2', not a number of hours from 0 to %3.</source>
        <translation>Ore: la settimana del %1 ha '%2', non un numero di ore da 0 a %3.</translation>
    </message>
    <message>
        <source>Answered on: required.</source>
        <translation>Risposto il: obbligatorio.</translation>
    </message>
    <message>
        <source>Intensity: a number from 1 to 4.</source>
        <translation>Intensità: un numero da 1 a 4.</translation>
    </message>
    <message>
        <source>Trust: a number from 1 to 4, or empty.</source>
        <translation>Fiducia: un numero da 1 a 4, o vuoto.</translation>
    </message>
    <message>
        <source>Value: a number from 1 to 4, or empty.</source>
        <translation>Valore: un numero da 1 a 4, o vuoto.</translation>
    </message>
    <message>
        <source>Since: a year such as 2019, or empty.</source>
        <translation>Dal: un anno come 2019, o vuoto.</translation>
    </message>
    <message>
        <source>Questionnaire: required.</source>
        <translation>Questionario: obbligatorio.</translation>
    </message>
    <message>
        <source>Organisation named: choose one.</source>
        <translation>Organizzazione indicata: sceglierne una.</translation>
    </message>
    <message>
        <source>Proposal: choose the proposal.</source>
        <translation>Proposta: scegliere la proposta.</translation>
    </message>
    <message>
        <source>Need: choose the need.</source>
        <translation>Bisogno: scegliere il bisogno.</translation>
    </message>
    <message>
        <source>Resource: choose the resource.</source>
        <translation>Risorsa: scegliere la risorsa.</translation>
    </message>
    <message>
        <source>Proposed by: %1 is not one of the choices.</source>
        <translation>Proposta da: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Outcome: %1 is not one of the choices.</source>
        <translation>Esito: %1 non è tra le scelte possibili.</translation>
    </message>
    <message>
        <source>Mark: a whole number 1 to 10.</source>
        <translation>Voto: un numero intero da 1 a 10.</translation>
    </message>
    <message>
        <source>Note: required for a mark of %1 (1-2, 9-10).</source>
        <translation>Nota: obbligatoria per un voto di %1 (1-2, 9-10).</translation>
    </message>
    <message>
        <source>Delegate: one of our staff or a person of an organisation (exactly one).</source>
        <translation>Delegato: uno dei nostri operatori o un referente di un'organizzazione (uno solo dei due).</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>The values of the columns with choices: choose the choice each one means, or leave it empty.</source>
        <translation>I valori delle colonne con scelte: scegliere la scelta che corrisponde a ciascuno, o lasciarla vuota.</translation>
    </message>
    <message>
        <source>No column of the file holds a field with choices.</source>
        <translation>Nessuna colonna del file contiene un campo con scelte.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valore nel file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Scelta</translation>
    </message>
    <message>
        <source>Reading the values of %1 rows…</source>
        <translation>Lettura dei valori di %1 righe…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>%1 values are chosen as an earlier import into this database chose them (in italics): change any that is wrong.</source>
        <translation>%1 valori sono scelti come li aveva scelti un'importazione precedente in questo database (in corsivo): cambiare quelli sbagliati.</translation>
    </message>
    <message>
        <source>(as written: rejected if not a choice)</source>
        <translation>(com'è scritto: scartato se non è una scelta)</translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(lascia vuoto)</translation>
    </message>
    <message>
        <source>As an earlier import into this database chose it</source>
        <translation>Come l'aveva scelto un'importazione precedente in questo database</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>Meeting Point visit</source>
        <translation>Colloquio al Meeting Point</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>Detta&amp;gli</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>O&amp;ra di inizio:</translation>
    </message>
    <message>
        <source>&amp;End time:</source>
        <translation>Ora di &amp;fine:</translation>
    </message>
    <message>
        <source>Staff &amp;member:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>Atti&amp;vità:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Si&amp;ntesi:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Next appointment:</source>
        <translation>Prossimo &amp;appuntamento:</translation>
    </message>
    <message>
        <source>Next appointment t&amp;ime:</source>
        <translation>Ora del prossi&amp;mo appuntamento:</translation>
    </message>
    <message>
        <source>Attendance si&amp;gned</source>
        <translation>Presen&amp;za firmata</translation>
    </message>
    <message>
        <source>Earlier visits</source>
        <translation>Colloqui precedenti</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Storico</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Visit sheet (to sign)</source>
        <translation>Scheda colloquio (da firmare)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binario</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <source>Social promotion association (APS)</source>
        <translation>Associazione di promozione sociale (APS)</translation>
    </message>
    <message>
        <source>Voluntary organisation (ODV)</source>
        <translation>Organizzazione di volontariato (ODV)</translation>
    </message>
    <message>
        <source>Social cooperative</source>
        <translation>Cooperativa sociale</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondazione</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Trade association</source>
        <translation>Associazione di categoria</translation>
    </message>
    <message>
        <source>School or training body</source>
        <translation>Scuola o ente di formazione</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Incontro bilaterale</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <source>Info day</source>
        <translation>Giornata informativa</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Convegno</translation>
    </message>
    <message>
        <source>Memorandum signing</source>
        <translation>Firma di protocollo d'intesa</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Locali e immobili</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Terreni</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Attrezzature</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Veicoli</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Beni</translation>
    </message>
    <message>
        <source>Food surplus</source>
        <translation>Eccedenze alimentari</translation>
    </message>
    <message>
        <source>Energy surplus</source>
        <translation>Eccedenze energetiche</translation>
    </message>
    <message>
        <source>Volunteer skills</source>
        <translation>Competenze dei volontari</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Segnalata</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificata</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Abbinata</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Riutilizzata</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Free loan</source>
        <translation>Comodato d'uso gratuito</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Affitto</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Donazione</translation>
    </message>
    <message>
        <source>Shared use</source>
        <translation>Uso condiviso</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Ottimo</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buono</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreto</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>Da riparare</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Inutilizzabile</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionario</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Sopralluogo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>No formal qualification (ISCED 0)</source>
        <translation>Nessun titolo di studio (ISCED 0)</translation>
    </message>
    <message>
        <source>Primary – licenza elementare (ISCED 1)</source>
        <translation>Primaria – licenza elementare (ISCED 1)</translation>
    </message>
    <message>
        <source>Lower secondary – licenza media (ISCED 2)</source>
        <translation>Secondaria di primo grado – licenza media (ISCED 2)</translation>
    </message>
    <message>
        <source>Upper secondary – diploma (ISCED 3)</source>
        <translation>Secondaria di secondo grado – diploma (ISCED 3)</translation>
    </message>
    <message>
        <source>Vocational qualification – qualifica professionale (ISCED 3)</source>
        <translation>Qualifica professionale (ISCED 3)</translation>
    </message>
    <message>
        <source>Post-secondary – IFTS specialisation (ISCED 4)</source>
        <translation>Post-diploma – specializzazione IFTS (ISCED 4)</translation>
    </message>
    <message>
        <source>Short-cycle tertiary – ITS Academy (ISCED 5)</source>
        <translation>Terziaria a ciclo breve – ITS Academy (ISCED 5)</translation>
    </message>
    <message>
        <source>Bachelor's – laurea triennale (ISCED 6)</source>
        <translation>Laurea triennale (ISCED 6)</translation>
    </message>
    <message>
        <source>Master's – laurea magistrale (ISCED 7)</source>
        <translation>Laurea magistrale o a ciclo unico (ISCED 7)</translation>
    </message>
    <message>
        <source>Doctorate – dottorato di ricerca (ISCED 8)</source>
        <translation>Dottorato di ricerca (ISCED 8)</translation>
    </message>
    <message>
        <source>Unemployed, looking for work</source>
        <translation>Disoccupato, in cerca di lavoro</translation>
    </message>
    <message>
        <source>Inactive, not looking for work</source>
        <translation>Inattivo, non cerca lavoro</translation>
    </message>
    <message>
        <source>Discouraged, has stopped looking</source>
        <translation>Scoraggiato, ha smesso di cercare</translation>
    </message>
    <message>
        <source>Caring for family members</source>
        <translation>Cura di familiari</translation>
    </message>
    <message>
        <source>Occasional or irregular work</source>
        <translation>Lavoro occasionale o irregolare</translation>
    </message>
    <message>
        <source>Left education early</source>
        <translation>Abbandono scolastico</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Passaparola</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>School or training centre</source>
        <translation>Scuola o centro di formazione</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Centro per l'impiego</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Press, radio or TV</source>
        <translation>Stampa, radio o TV</translation>
    </message>
    <message>
        <source>Agri-food</source>
        <translation>Agroalimentare</translation>
    </message>
    <message>
        <source>IT and communication</source>
        <translation>Informatica e comunicazione</translation>
    </message>
    <message>
        <source>Culture and tourism</source>
        <translation>Cultura e turismo</translation>
    </message>
    <message>
        <source>Health and social care</source>
        <translation>Sanità e servizi sociali</translation>
    </message>
    <message>
        <source>Alternative energy</source>
        <translation>Energie alternative</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiana</translation>
    </message>
    <message>
        <source>Other EU country</source>
        <translation>Altro Paese UE</translation>
    </message>
    <message>
        <source>Non-EU country</source>
        <translation>Paese extra UE</translation>
    </message>
    <message>
        <source>First reception</source>
        <translation>Prima accoglienza</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientamento</translation>
    </message>
    <message>
        <source>CV and personal branding</source>
        <translation>CV e personal branding</translation>
    </message>
    <message>
        <source>Skills assessment</source>
        <translation>Bilancio delle competenze</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Ricerca attiva del lavoro</translation>
    </message>
    <message>
        <source>Business-idea coaching</source>
        <translation>Accompagnamento all'idea d'impresa</translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation>Iscrizione a corsi di formazione</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Amministrazione</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>Crafts</source>
        <translation>Artigianato</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Competenze digitali</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Competenze trasversali</translation>
    </message>
    <message>
        <source>Business and self-employment</source>
        <translation>Impresa e lavoro autonomo</translation>
    </message>
    <message>
        <source>Health and safety at work</source>
        <translation>Salute e sicurezza sul lavoro</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Frequentante</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Absent, justified</source>
        <translation>Assente giustificato</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Tirocinio extracurriculare</translation>
    </message>
    <message>
        <source>Work-based learning</source>
        <translation>Apprendimento sul lavoro</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprendistato</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Agri-food surplus</source>
        <translation>Eccedenze agroalimentari</translation>
    </message>
    <message>
        <source>Press office for SMEs and NGOs</source>
        <translation>Ufficio stampa per PMI e ONG</translation>
    </message>
    <message>
        <source>Cultural heritage and tourism</source>
        <translation>Patrimonio culturale e turismo</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Assistenza domiciliare</translation>
    </message>
    <message>
        <source>Energy community</source>
        <translation>Comunità energetica</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Business plan in progress</source>
        <translation>Business plan in corso</translation>
    </message>
    <message>
        <source>Business plan done</source>
        <translation>Business plan completato</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Presentata</translation>
    </message>
    <message>
        <source>Started as a business</source>
        <translation>Avviata come impresa</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abbandonata</translation>
    </message>
    <message>
        <source>On leaving</source>
        <translation>All'uscita</translation>
    </message>
    <message>
        <source>Follow-up at 6 months</source>
        <translation>Seguito a 6 mesi</translation>
    </message>
    <message>
        <source>Follow-up at 12 months</source>
        <translation>Seguito a 12 mesi</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <source>Self-employed or started a business</source>
        <translation>Lavoratore autonomo o ha avviato un'impresa</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>In istruzione o formazione</translation>
    </message>
    <message>
        <source>In active job search</source>
        <translation>In ricerca attiva di lavoro</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Organizzazione non governativa</translation>
    </message>
    <message>
        <source>Social enterprise</source>
        <translation>Impresa sociale</translation>
    </message>
    <message>
        <source>Private enterprise</source>
        <translation>Impresa privata</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>Public registry</source>
        <translation>Registro pubblico</translation>
    </message>
    <message>
        <source>Meeting Points for NEETs</source>
        <translation>Meeting Point per i NEET</translation>
    </message>
    <message>
        <source>Training and work-based learning</source>
        <translation>Formazione e apprendimento sul lavoro</translation>
    </message>
    <message>
        <source>Capacity building of organisations</source>
        <translation>Rafforzamento delle capacità delle organizzazioni</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentori</translation>
    </message>
    <message>
        <source>Project ideas and business plans</source>
        <translation>Idee progettuali e business plan</translation>
    </message>
    <message>
        <source>Mapping social capital and unused resources</source>
        <translation>Mappatura del capitale sociale e delle risorse inutilizzate</translation>
    </message>
    <message>
        <source>Project management</source>
        <translation>Gestione del progetto</translation>
    </message>
    <message>
        <source>Distinct public bodies met</source>
        <translation>Enti pubblici incontrati (distinti)</translation>
    </message>
    <message>
        <source>Distinct third-sector bodies met</source>
        <translation>Enti del Terzo settore incontrati (distinti)</translation>
    </message>
    <message>
        <source>Distinct organisations met</source>
        <translation>Organizzazioni incontrate (distinte)</translation>
    </message>
    <message>
        <source>Meetings and events held</source>
        <translation>Incontri ed eventi svolti</translation>
    </message>
    <message>
        <source>Young people reached</source>
        <translation>Giovani raggiunti</translation>
    </message>
    <message>
        <source>Enrolled in training</source>
        <translation>Iscritti alla formazione</translation>
    </message>
    <message>
        <source>Completed training</source>
        <translation>Formazione completata</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Tirocini avviati</translation>
    </message>
    <message>
        <source>Young people with a mentor</source>
        <translation>Giovani con un mentore</translation>
    </message>
    <message>
        <source>Project ideas presented</source>
        <translation>Idee progettuali presentate</translation>
    </message>
    <message>
        <source>In employment on leaving</source>
        <translation>Occupati all'uscita</translation>
    </message>
    <message>
        <source>Businesses started</source>
        <translation>Imprese avviate</translation>
    </message>
    <message>
        <source>Resources mapped</source>
        <translation>Risorse mappate</translation>
    </message>
    <message>
        <source>Resources reused</source>
        <translation>Risorse riutilizzate</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposto</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Soddisfatto</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>Non soddisfatto</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinto</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Ottimizzazione</translation>
    </message>
    <message>
        <source>Delegates' marks</source>
        <translation>Voti dei delegati</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Scambio di informazioni</translation>
    </message>
    <message>
        <source>Referral of young people</source>
        <translation>Invio di giovani</translation>
    </message>
    <message>
        <source>Joint project</source>
        <translation>Progetto comune</translation>
    </message>
    <message>
        <source>Shared resources or premises</source>
        <translation>Risorse o locali condivisi</translation>
    </message>
    <message>
        <source>Formal agreement / memorandum</source>
        <translation>Accordo formale / protocollo d'intesa</translation>
    </message>
    <message>
        <source>1 - occasional</source>
        <translation>1 - occasionale</translation>
    </message>
    <message>
        <source>2 - a few times a year</source>
        <translation>2 - qualche volta all'anno</translation>
    </message>
    <message>
        <source>3 - monthly</source>
        <translation>3 - mensile</translation>
    </message>
    <message>
        <source>4 - constant</source>
        <translation>4 - costante</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Protocollo d'intesa</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convenzione</translation>
    </message>
    <message>
        <source>Partnership agreement</source>
        <translation>Accordo di partenariato</translation>
    </message>
    <message>
        <source>Network contract</source>
        <translation>Contratto di rete</translation>
    </message>
    <message>
        <source>Co-attendance</source>
        <translation>Incontri in comune</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of the matching score</source>
        <translation>Pesi del punteggio di abbinamento</translation>
    </message>
    <message>
        <source>Points of each part of the score, 0 to 100 (0 leaves the part out). The score is the parts' points over their sum, times 100.</source>
        <translation>Punti di ogni componente del punteggio, da 0 a 100 (0 esclude la componente). Il punteggio è il totale dei punti ottenuti diviso per la somma dei punti delle componenti, per 100.</translation>
    </message>
</context>
</TS>