/**
 * A publisher process for the kill test: puts the build folder argv[2] onto the folder
 * target argv[3], as the worker does. The test kills it (SIGKILL) part-way through.
 */
import { applyBuild, localFolderTarget } from '@dvc/cms/publish'

await applyBuild(process.argv[2] as string, localFolderTarget(process.argv[3] as string))
